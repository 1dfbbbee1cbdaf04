package jp.itaku.gateway.portal.client;

/** {@code PUT /api/inspections/checks/{id}/items/{code}}: one checklist item's result ({@code ItemRequest}). */
public record CheckItemInput(String result, String note, String deadline) {
}
