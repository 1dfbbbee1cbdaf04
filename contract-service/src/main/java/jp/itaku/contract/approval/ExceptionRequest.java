package jp.itaku.contract.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An element the approval accepts although it is not satisfied, with the reason on record. */
public record ExceptionRequest(
        @NotBlank(message = "例外とする要素（C1a…W2, D1）を指定してください。") String elementId,
        @NotBlank(message = "例外とする理由を入力してください。") @Size(min = 10, max = 2000, message = "例外の理由は10文字以上2000文字以内で具体的に入力してください。") String reason) {
}
