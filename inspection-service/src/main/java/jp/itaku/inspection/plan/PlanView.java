package jp.itaku.inspection.plan;

import jp.itaku.inspection.plan.model.PlanState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record PlanView(UUID id, UUID nodeId, String nodeName, int depth, UUID engagementId, String engagementTitle,
                       String sensitivity, PlanState state, LocalDate dueOn, LocalDate lastDoneOn,
                       PlanEntry.DoneKind lastDoneKind, int intervalMonths, PlanEntry.InspectedBy inspectedBy,
                       PlanEntry.Method method, String methodReason, String assignee, String status,
                       OffsetDateTime updatedAt, String updatedBy) {
    static PlanView of(PlanService.Row r) {
        PlanEntry p = r.entry();
        return new PlanView(p.id, p.nodeId, r.node().name, r.node().depth, p.engagementId, r.engagement().title,
                r.engagement().sensitivity.name(), r.state(), p.dueOn, p.lastDoneOn, p.lastDoneKind,
                p.intervalMonths, p.inspectedBy, p.method, p.methodReason, p.assignee, p.status.name(),
                p.updatedAt, p.updatedBy);
    }
}
