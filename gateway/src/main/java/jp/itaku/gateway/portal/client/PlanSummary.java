package jp.itaku.gateway.portal.client;

/** {@code GET /api/inspections/plan/summary}: the plan's entries counted by state. */
public record PlanSummary(long overdue, long due, long done, long scheduled) {
}
