package jp.itaku.inspection.selfreport;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SelfReportSummary(UUID id, UUID nodeId, UUID engagementId, String status, OffsetDateTime submittedAt,
                                String submittedBy, Boolean satisfiesPlan) {
    static SelfReportSummary of(SelfReport r) {
        return new SelfReportSummary(r.id, r.nodeId, r.engagementId, r.status.name(), r.submittedAt, r.submittedBy,
                r.satisfiesPlan);
    }
}
