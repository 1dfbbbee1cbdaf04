package jp.itaku.gateway.portal.client;

/**
 * Closing with an optional comment: an improvement request ({@code POST /api/inspections/improvements/{id}/closure},
 * {@code ImprovementResource.Closure}) or an incident ({@code POST /api/inspections/incidents/{id}/closure}).
 */
public record ClosureInput(String comment) {
}
