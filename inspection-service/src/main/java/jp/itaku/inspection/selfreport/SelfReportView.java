package jp.itaku.inspection.selfreport;

import jp.itaku.inspection.evidence.EvidenceView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record SelfReportView(UUID id, UUID nodeId, UUID engagementId, int questionnaireVersion, String status,
                             List<Question> questions, List<Answer> answers, List<EvidenceView> evidence,
                             OffsetDateTime createdAt, String createdBy, OffsetDateTime submittedAt,
                             String submittedBy, OffsetDateTime reviewedAt, String reviewedBy,
                             String reviewComment, Boolean satisfiesPlan) {
}
