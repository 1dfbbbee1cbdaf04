package jp.itaku.inspection.chain.model;

import jp.itaku.inspection.plan.model.PlanState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The roll-up of the chain: each node's own concern from what is known about it, and the worst concern of its
 * subtree (itself and everything beneath it), with the node where that worst concern sits and how many nodes of the
 * subtree share it. Nodes out of the chain (refused, removed) count for nothing. Plain Java: ChainTreeService loads
 * the facts, this decides.
 */
public final class ChainRollup {

    private ChainRollup() {
    }

    /**
     * What is known about one node. {@code parentId} null (or a node not among those given, e.g. above what a
     * contractor may see) makes it a root; {@code nextInspection} null when it has no open periodic plan entry.
     */
    public record Facts(UUID id, UUID parentId, boolean inChain, boolean pending, int unmetElements,
                        PlanState nextInspection, int openImprovements, int overdueImprovements) {
    }

    /** A subtree's worst concern, the first node (in the order given, a node before its subtree) that has it, how many do. */
    public record Rolled(ChainConcern concern, UUID at, int count) {
    }

    /** The node's own worst concern. */
    public static ChainConcern own(Facts f) {
        if (!f.inChain()) {
            return ChainConcern.NONE;
        }
        ChainConcern c = ChainConcern.NONE;
        if (f.nextInspection() == PlanState.OVERDUE) {
            c = c.worse(ChainConcern.INSPECTION_OVERDUE);
        }
        if (f.nextInspection() == PlanState.DUE) {
            c = c.worse(ChainConcern.INSPECTION_DUE);
        }
        if (f.overdueImprovements() > 0) {
            c = c.worse(ChainConcern.IMPROVEMENT_OVERDUE);
        }
        if (f.openImprovements() > f.overdueImprovements()) {
            c = c.worse(ChainConcern.IMPROVEMENT_OPEN);
        }
        if (f.pending()) {
            c = c.worse(ChainConcern.APPROVAL_PENDING);
        }
        if (f.unmetElements() > 0) {
            c = c.worse(ChainConcern.ELEMENTS_UNMET);
        }
        return c;
    }

    /** Every node's subtree roll-up, by node id; {@code nodes} in path order (a node before its subtree). */
    public static Map<UUID, Rolled> rollUp(List<Facts> nodes) {
        Map<UUID, Facts> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (Facts n : nodes) {
            if (n.parentId() != null && byId.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id());
            }
        }
        Map<UUID, Rolled> rolled = new HashMap<>();
        for (Facts n : nodes) {
            rollUp(n.id(), byId, children, rolled);
        }
        return rolled;
    }

    private static Rolled rollUp(UUID id, Map<UUID, Facts> byId, Map<UUID, List<UUID>> children, Map<UUID, Rolled> done) {
        Rolled known = done.get(id);
        if (known != null) {
            return known;
        }
        ChainConcern own = own(byId.get(id));
        Rolled result = new Rolled(own, id, 1);
        for (UUID child : children.getOrDefault(id, List.of())) {
            result = combine(result, rollUp(child, byId, children, done));
        }
        done.put(id, result);
        return result;
    }

    /** The worse of the two; on a tie the first keeps its node and the counts add up. */
    static Rolled combine(Rolled first, Rolled second) {
        if (first.concern() == second.concern()) {
            return new Rolled(first.concern(), first.at(), first.count() + second.count());
        }
        return first.concern().worse(second.concern()) == first.concern() ? first : second;
    }
}
