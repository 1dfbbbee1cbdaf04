package jp.itaku.provision.agreement;

import jakarta.validation.constraints.Size;

/** The body of POST /api/provisions/{id}/agreements: why this version amends the last (required from 第2版). */
public record IssueRequest(
        @Size(max = 2000, message = "改定の理由は2000文字以内で入力してください。") String amendmentReason) {
}
