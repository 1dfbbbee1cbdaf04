package jp.itaku.gateway.portal.contractor;

import jp.itaku.gateway.portal.client.ChainTreeNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flat chain (path order) as the nested branches the chain page draws. A node whose parent is not among those
 * given — the contractor's own node when it sits below the top — is a root. Plain Java; the roll-up itself is
 * inspection-service's.
 */
public final class ChainTree {

    private ChainTree() {
    }

    /** One node with the branches hanging below it and the name of the node where its subtree's worst concern sits. */
    public record Branch(ChainTreeNode item, List<Branch> children, String worstAtName) {
    }

    public static List<Branch> of(List<ChainTreeNode> nodes) {
        Map<String, ChainTreeNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.node().id(), n));
        Map<String, List<ChainTreeNode>> children = new LinkedHashMap<>();
        List<ChainTreeNode> roots = new ArrayList<>();
        for (ChainTreeNode n : nodes) {
            String parent = n.node().parentId();
            if (parent != null && byId.containsKey(parent) && !parent.equals(n.node().id())) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
            } else {
                roots.add(n);
            }
        }
        return roots.stream().map(r -> branch(r, byId, children, 0)).toList();
    }

    private static Branch branch(ChainTreeNode n, Map<String, ChainTreeNode> byId,
                                 Map<String, List<ChainTreeNode>> children, int level) {
        if (level > byId.size()) {
            throw new IllegalStateException("the chain's parent links form a cycle at " + n.node().id());
        }
        ChainTreeNode at = n.subtreeConcernAt() == null ? null : byId.get(n.subtreeConcernAt());
        return new Branch(n, children.getOrDefault(n.node().id(), List.of()).stream()
                .map(c -> branch(c, byId, children, level + 1)).toList(), at == null ? null : at.node().name());
    }
}
