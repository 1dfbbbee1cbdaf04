package jp.itaku.inspection.check;

import jp.itaku.inspection.plan.PlanEntry;
import java.time.LocalDate;
import java.util.UUID;

public record CheckSummary(UUID id, UUID nodeId, UUID engagementId, LocalDate performedOn, String place,
                           PlanEntry.Method method, String inspector, String status) {
    static CheckSummary of(InspectionCheck c) {
        return new CheckSummary(c.id, c.nodeId, c.engagementId, c.performedOn, c.place, c.method, c.inspector,
                c.status.name());
    }
}
