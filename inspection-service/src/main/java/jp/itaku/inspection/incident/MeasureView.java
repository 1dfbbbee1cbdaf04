package jp.itaku.inspection.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record MeasureView(UUID id, String description, String status, String statusLabel, LocalDate dueOn,
                          UUID improvementRequestId, UUID planEntryId, OffsetDateTime createdAt, String createdBy) {
    static MeasureView of(RecurrenceMeasure m) {
        return new MeasureView(m.id, m.description, m.status.name(), m.status.label, m.dueOn, m.improvementRequestId,
                m.planEntryId, m.createdAt, m.createdBy);
    }
}
