package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/incidents/{id}/reports}: QUICK (速報) or FINAL (確報) ({@code ReportRequest}). */
public record ReportInput(String kind) {
}
