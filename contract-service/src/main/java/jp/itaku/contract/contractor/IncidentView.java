package jp.itaku.contract.contractor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A past incident of a contractor and its measures, as its selection evidence answers it. */
public record IncidentView(UUID id, LocalDate occurredOn, String summary, String measures,
                           OffsetDateTime createdAt, String createdBy) {
    static IncidentView of(Incident i) {
        return new IncidentView(i.id, i.occurredOn, i.summary, i.measures, i.createdAt, i.createdBy);
    }
}
