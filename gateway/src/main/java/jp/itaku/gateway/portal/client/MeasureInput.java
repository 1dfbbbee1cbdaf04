package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/incidents/{id}/measures}: a measure against recurrence with its dates ({@code MeasureRequest}). */
public record MeasureInput(String description, String status, String dueOn, String improvementDeadline,
                           String inspectionDueOn) {
}
