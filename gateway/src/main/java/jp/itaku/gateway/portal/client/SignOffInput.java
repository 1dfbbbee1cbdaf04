package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/incidents/{id}/signoff}: the manager's comment ({@code SignOffRequest}). */
public record SignOffInput(String comment) {
}
