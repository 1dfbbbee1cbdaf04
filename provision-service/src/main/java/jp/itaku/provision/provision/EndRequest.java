package jp.itaku.provision.provision;

import jakarta.validation.constraints.Size;

/** The body of POST /api/provisions/{id}/end: why the provision ends (optional). */
public record EndRequest(@Size(max = 2000, message = "終了の理由は2000文字以内で入力してください。") String reason) {
}
