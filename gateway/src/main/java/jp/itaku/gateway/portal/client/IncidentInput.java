package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code POST /api/inspections/incidents}: an incident as the PPC form's fields were typed (inspection-service's
 * {@code IncidentRequest}); the node's id and the dates stay as typed, the service answers a field error for one it
 * cannot read. {@code awareOn} is null unless the reporter is agency staff.
 */
public record IncidentInput(String nodeId, String title, String occurredOn, String discoveredOn, String awareOn,
                            String discoverer, List<String> categories, boolean myNumber, boolean highEncryption,
                            String involvement, String facts, String items, Integer affectedCount, String causeParty,
                            String cause, String secondaryDamage, String individualResponse, String otherNotes) {
}
