package jp.itaku.inspection.check;

import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ImprovementView(UUID id, UUID nodeId, UUID checkId, String itemCode, String category,
                              String description, LocalDate deadline, String status, boolean overdue,
                              String response, OffsetDateTime respondedAt, String respondedBy,
                              String closingComment, OffsetDateTime closedAt, String closedBy,
                              OffsetDateTime createdAt, String createdBy, List<EvidenceView> evidence) {
    static ImprovementView of(ImprovementRequest r, LocalDate today) {
        return new ImprovementView(r.id, r.nodeId, r.checkId, r.itemCode,
                r.incidentId != null ? "事故等の再発防止"
                        : Checklist.item(r.itemCode).map(Checklist.Item::category).orElse(r.itemCode), r.description,
                r.deadline, r.status.name(), r.overdue(today), r.response, r.respondedAt, r.respondedBy,
                r.closingComment, r.closedAt, r.closedBy, r.createdAt, r.createdBy,
                EvidenceFile.of(EvidenceFile.OwnerKind.IMPROVEMENT, r.id).stream().map(EvidenceView::of).toList());
    }
}
