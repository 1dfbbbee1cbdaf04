package jp.itaku.inspection;

/**
 * Conditions of the {@code OrgScope} filter for this service. A contractor user sees the nodes of its own
 * organisation and everything beneath them in the chain (a node's path starts with the path of every ancestor),
 * never a sibling's branch or another contractor's chain; rows hanging off a node follow the node.
 */
public final class Visibility {

    /** The nodes of the caller's organisation and their subtrees; joined per engagement so it stays a small set. */
    private static final String SUBTREES = "select n.id from inspection.chain_node own join inspection.chain_node n "
            + "on n.engagement_id = own.engagement_id and n.path like own.path || '%' where own.org_code = :callerOrg";

    public static final String NODE = "(:callerOrg = '*' or id in (" + SUBTREES + "))";

    public static final String BY_NODE = "(:callerOrg = '*' or node_id in (" + SUBTREES + "))";

    public static final String ENGAGEMENT = "(:callerOrg = '*' or id in (select n.engagement_id "
            + "from inspection.chain_node n where n.org_code = :callerOrg))";

    private Visibility() {
    }
}
