package jp.itaku.inspection.engagement;

import java.util.UUID;

/**
 * The answer to contract-service's outbox for one event ({@code PUT /api/inspections/events/{eventId}}): the event
 * taken, and whether it had been taken before. contract-service marks its row delivered on it (pact
 * contract-service-inspection-service.json).
 */
public record EventReceipt(UUID eventId, boolean duplicate) {
}
