package jp.itaku.inspection.incident;

import java.time.OffsetDateTime;

public record StepView(String step, String label, String recipientRole, String recipientLabel,
                       OffsetDateTime requestedAt, String requestedBy, OffsetDateTime acknowledgeBy,
                       OffsetDateTime acknowledgedAt, String acknowledgedBy, String note, OffsetDateTime escalatedAt) {
    static StepView of(EscalationStep s) {
        return new StepView(s.step.name(), s.step.label, s.recipientRole, s.step.recipientLabel, s.requestedAt,
                s.requestedBy, s.acknowledgeBy, s.acknowledgedAt, s.acknowledgedBy, s.note, s.escalatedAt);
    }
}
