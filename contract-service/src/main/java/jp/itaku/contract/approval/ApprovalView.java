package jp.itaku.contract.approval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The protection manager's approval as /api/contracts/engagements/{id}/approval answers it, with its exceptions. */
public record ApprovalView(UUID id, UUID engagementId, UUID draftId, int draftVersion, String comment,
                           OffsetDateTime approvedAt, String approvedBy, String approvedByName,
                           List<ExceptionView> exceptions) {
}
