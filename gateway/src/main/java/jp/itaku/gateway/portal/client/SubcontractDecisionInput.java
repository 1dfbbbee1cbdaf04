package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/nodes/{id}/decision}: APPROVE or REFUSE, with the reason ({@code DecisionRequest}). */
public record SubcontractDecisionInput(String decision, String comment) {
}
