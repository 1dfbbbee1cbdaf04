package jp.itaku.provision.investigation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An improvement request as the provision's follow-up lists answer it, with its state and overdue flag. */
public record ImprovementView(UUID id, UUID provisionId, UUID investigationId, LocalDate requestedOn,
                              String content, LocalDate deadline, String state, String stateLabel,
                              boolean overdue, String result, LocalDate completedOn, String requestedBy,
                              OffsetDateTime recordedAt, OffsetDateTime closedAt, String closedBy) {
    static ImprovementView of(ImprovementRequest r, LocalDate today) {
        return new ImprovementView(r.id, r.provisionId, r.investigationId, r.requestedOn, r.content, r.deadline,
                r.state.name(), r.state.label, r.overdue(today), r.result, r.completedOn, r.requestedBy, r.recordedAt,
                r.closedAt, r.closedBy);
    }
}
