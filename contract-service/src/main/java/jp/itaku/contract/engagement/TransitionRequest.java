package jp.itaku.contract.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /api/contracts/engagements/{id}/transitions: the state to move to and a note. */
public record TransitionRequest(@NotBlank(message = "変更後の状態を指定してください。") String to,
                                @Size(max = 2000, message = "コメントは2000文字以内で入力してください。") String note) {
}
