package jp.itaku.inspection.check;

import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceView;
import jp.itaku.inspection.plan.PlanEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

public record CheckView(UUID id, UUID nodeId, String nodeName, UUID engagementId, UUID planEntryId,
                        LocalDate performedOn, String place, List<String> attendees, PlanEntry.Method method,
                        String methodReason, String inspector, String status, String summary,
                        List<ItemView> items, List<ImprovementView> improvements,
                        List<EvidenceView> evidence, OffsetDateTime createdAt, String createdBy,
                        OffsetDateTime completedAt, String completedBy) {
    static CheckView of(InspectionCheck c, LocalDate today) {
        String nodeName = ChainNode.findVisible(c.nodeId).map(n -> n.name).orElse(null);
        return new CheckView(c.id, c.nodeId, nodeName, c.engagementId, c.planEntryId, c.performedOn, c.place,
                Arrays.asList(c.attendees.split("\n")), c.method, c.methodReason, c.inspector, c.status.name(),
                c.summary, c.items().stream().map(ItemView::of).toList(),
                ImprovementRequest.<ImprovementRequest>list("checkId = ?1 order by deadline", c.id).stream()
                        .map(r -> ImprovementView.of(r, today)).toList(),
                EvidenceFile.of(EvidenceFile.OwnerKind.CHECK, c.id).stream().map(EvidenceView::of).toList(),
                c.createdAt, c.createdBy, c.completedAt, c.completedBy);
    }
}
