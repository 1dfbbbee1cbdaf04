package jp.itaku.inspection.selfreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record Review(@NotNull(message = "decision（ACCEPT または RETURN）を指定してください。") ReviewDecision decision,
                     @Size(max = 4000, message = "コメントは4000文字以内で入力してください。") String comment) {
}
