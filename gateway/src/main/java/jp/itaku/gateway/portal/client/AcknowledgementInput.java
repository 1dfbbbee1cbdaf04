package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/incidents/{id}/steps/{step}/acknowledgement}: the note ({@code AcknowledgeRequest}). */
public record AcknowledgementInput(String note) {
}
