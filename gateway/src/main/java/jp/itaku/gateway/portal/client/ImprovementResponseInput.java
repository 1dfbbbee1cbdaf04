package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/improvements/{id}/response}: what the contractor improved ({@code ResponseRequest}). */
public record ImprovementResponseInput(String response) {
}
