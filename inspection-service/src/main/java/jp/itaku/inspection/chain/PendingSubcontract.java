package jp.itaku.inspection.chain;

/** A request awaiting the protection manager's decision, with the title of the engagement it belongs to. */
public record PendingSubcontract(NodeView node, String engagementTitle) {
}
