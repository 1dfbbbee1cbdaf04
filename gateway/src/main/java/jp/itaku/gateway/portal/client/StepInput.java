package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/incidents/{id}/steps}: the step reported to (TO_CHIEF, TO_HEAD) and the note ({@code StepRequest}). */
public record StepInput(String step, String note) {
}
