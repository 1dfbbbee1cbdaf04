package jp.itaku.inspection.selfreport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record QuestionnaireView(UUID id, int version, String title, List<Question> questions,
                                OffsetDateTime createdAt, String createdBy) {
    static QuestionnaireView of(Questionnaire q) {
        return new QuestionnaireView(q.id, q.version, q.title, SelfReportService.read(q.questions), q.createdAt, q.createdBy);
    }
}
