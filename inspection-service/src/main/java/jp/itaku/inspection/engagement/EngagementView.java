package jp.itaku.inspection.engagement;

import jp.itaku.api.Sensitivity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record EngagementView(UUID id, String title, String division, UUID contractorId, String contractorName,
                             String contractorOrg, Sensitivity sensitivity, LocalDate periodStart,
                             LocalDate periodEnd, OffsetDateTime approvedAt, String approvedBy, String status,
                             OffsetDateTime endedAt) {
    static EngagementView of(Engagement e) {
        return new EngagementView(e.id, e.title, e.division, e.contractorId, e.contractorName, e.orgCode,
                e.sensitivity, e.periodStart, e.periodEnd, e.approvedAt, e.approvedBy, e.status.name(), e.endedAt);
    }
}
