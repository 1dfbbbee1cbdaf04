package jp.itaku.contract.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST …/engagements/{id}/approval: the draft version approved and the reasoned exceptions. */
public record ApprovalRequest(
        @NotNull(message = "承認する契約書案の版を指定してください。") @Min(value = 1, message = "版は1以上です。") Integer draftVersion,
        @Size(max = 12, message = "例外は要素ごとに1件までです。") List<@Valid @NotNull ExceptionRequest> exceptions,
        @Size(max = 2000, message = "コメントは2000文字以内で入力してください。") String comment) {
}
