package jp.itaku.inspection.chain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RemovalRequest(@NotBlank(message = "連鎖から外す理由を入力してください。")
                             @Size(max = 4000, message = "理由は4000文字以内で入力してください。") String reason) {
}
