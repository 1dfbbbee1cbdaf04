package jp.itaku.gateway.portal.client;

/**
 * {@code GET /api/inspections/subcontract-requests}: a re-subcontracting request awaiting a decision and the title of
 * its engagement — every one the person may see, in one call (the approval queue).
 */
public record PendingSubcontract(ChainNode node, String engagementTitle) {
}
