package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/checks/{id}/completion}: the inspector's summary ({@code CheckResource.Completion}). */
public record CheckCompletionInput(String summary) {
}
