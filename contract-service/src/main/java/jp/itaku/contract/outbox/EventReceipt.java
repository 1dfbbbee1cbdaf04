package jp.itaku.contract.outbox;

import java.util.UUID;

/**
 * What inspection-service answers a delivered event ({@code PUT /api/inspections/events/{eventId}}, its
 * {@code Receipt}), as far as the outbox reads it: the event it took and whether it had taken it before. Held by the
 * pact {@code InspectionServicePactTest}.
 */
public record EventReceipt(UUID eventId, boolean duplicate) {
}
