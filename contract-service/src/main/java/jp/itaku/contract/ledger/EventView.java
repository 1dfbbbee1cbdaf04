package jp.itaku.contract.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on an engagement's ledger, as /api/contracts/engagements/{id}/ledger-events answers it. */
public record EventView(UUID id, UUID engagementId, LedgerEventKind kind, String kindLabel, LocalDate occurredOn,
                        String actorName, String description, OffsetDateTime recordedAt, String recordedBy) {
    public static EventView of(LedgerEvent e) {
        return new EventView(e.id, e.engagementId, e.kind, e.kind.label, e.occurredOn, e.actorName, e.description,
                e.recordedAt, e.recordedBy);
    }
}
