package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code POST /api/inspections/checks}: an inspection starts for a plan entry ({@code CheckRequest}); the id, the date
 * and the method stay as typed, the service answers a field error for one it cannot read.
 */
public record CheckInput(String planEntryId, String performedOn, String place, List<String> attendees, String method,
                         String methodReason) {
}
