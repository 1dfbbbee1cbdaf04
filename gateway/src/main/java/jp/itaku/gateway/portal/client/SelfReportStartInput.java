package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/self-reports}: a self-report for this chain node ({@code StartRequest}). */
public record SelfReportStartInput(String nodeId) {
}
