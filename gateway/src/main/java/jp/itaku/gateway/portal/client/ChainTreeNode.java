package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * One node of {@code GET /api/inspections/engagements/{id}/chain/tree} ({@code TreeNodeView}): the node, its
 * subcontract's unmet elements, its next inspection, open and overdue improvement requests, its own worst concern
 * and the worst of its subtree — inspection-service's roll-up (ChainRollup), where it sits and how many share it.
 */
public record ChainTreeNode(ChainNode node, List<String> unmetElements, NextInspection nextInspection,
                            int openImprovements, int overdueImprovements, String concern, String subtreeConcern,
                            String subtreeConcernAt, int subtreeConcernCount) {

    public static final String NONE = "NONE";

    /** The open plan entry due first and where it stands today (OVERDUE, DUE, DONE, SCHEDULED). */
    public record NextInspection(String planEntryId, String state, String dueOn) {
    }

    /** The subtree's worst concern lies below this node, not at it. */
    public boolean worstBelow() {
        return subtreeConcernAt != null && !subtreeConcernAt.equals(node.id());
    }

    /** The badge class of the subtree's worst concern and of the node's own (templates: {@code t.subtreeTone}). */
    public String subtreeTone() {
        return tone(subtreeConcern);
    }

    public String ownTone() {
        return tone(concern);
    }

    /** How the badge of a concern looks: overdue is bad, nothing to do is good, the rest asks for attention. */
    public static String tone(String concern) {
        if (concern == null || NONE.equals(concern)) {
            return "good";
        }
        return concern.endsWith("_OVERDUE") ? "bad" : "warn";
    }
}
