package jp.itaku.inspection.selfreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One answer of a self-report (kept in MongoDB). */
public record Answer(@NotBlank(message = "設問IDを指定してください。") String questionId,
                     @Size(max = 8000, message = "回答は8000文字以内で入力してください。") String answer,
                     @Size(max = 4000, message = "補足は4000文字以内で入力してください。") String comment) {
}
