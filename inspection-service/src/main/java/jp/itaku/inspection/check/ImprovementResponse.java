package jp.itaku.inspection.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ImprovementResponse(@NotBlank(message = "改善の内容を入力してください。")
                              @Size(max = 8000, message = "改善の内容は8000文字以内で入力してください。") String response) {
}
