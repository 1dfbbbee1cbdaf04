package jp.itaku.inspection;

/**
 * Conditions of the {@code OrgScope} filter for this service. A contractor user sees the nodes of its own
 * organisation and everything beneath them in the chain (a node's path starts with the path of every ancestor),
 * never a sibling's branch or another contractor's chain; rows hanging off a node follow the node.
 */
public final class Visibility {

    public static final String NODE = "(:callerOrg = '*' or exists (select 1 from inspection.chain_node own "
            + "where own.org_code = :callerOrg and path like own.path || '%'))";

    public static final String BY_NODE = "(:callerOrg = '*' or node_id in (select n.id from inspection.chain_node n "
            + "join inspection.chain_node own on n.path like own.path || '%' where own.org_code = :callerOrg))";

    public static final String ENGAGEMENT = "(:callerOrg = '*' or id in (select n.engagement_id "
            + "from inspection.chain_node n where n.org_code = :callerOrg))";

    private Visibility() {
    }
}
