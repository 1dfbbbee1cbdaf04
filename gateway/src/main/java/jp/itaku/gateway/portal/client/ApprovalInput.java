package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code POST /api/contracts/engagements/{id}/approval}: the manager approves this version of the draft, each element
 * it does not satisfy only with a reason ({@code ApprovalRequest}, {@code ExceptionRequest}).
 */
public record ApprovalInput(Integer draftVersion, String comment, List<ExceptionInput> exceptions) {

    public record ExceptionInput(String elementId, String reason) {
    }
}
