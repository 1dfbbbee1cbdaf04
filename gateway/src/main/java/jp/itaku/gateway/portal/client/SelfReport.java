package jp.itaku.gateway.portal.client;

import java.util.List;

/** A contractor's annual self-report ({@code SelfReportView}; the list's {@code SelfReportSummary} has fewer fields). */
public record SelfReport(String id, String nodeId, String engagementId, int questionnaireVersion, String status,
                         List<Question> questions, List<Answer> answers, List<EvidenceFile> evidence,
                         String submittedAt, String submittedBy, String reviewedAt, String reviewedBy,
                         String reviewComment) {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";

    /** Still being written or waiting for the inspector: no second one for the same organisation. */
    public boolean open() {
        return DRAFT.equals(status) || SUBMITTED.equals(status);
    }

    public record Question(String id, String text, String kind, boolean required, String reference) {
    }

    public record Answer(String questionId, String answer, String comment) {
    }
}
