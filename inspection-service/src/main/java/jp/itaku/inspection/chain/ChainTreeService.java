package jp.itaku.inspection.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.chain.model.ChainConcern;
import jp.itaku.inspection.chain.model.ChainRollup;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.model.PlanState;
import jp.itaku.inspection.plan.model.PlanStateRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chain as a tree (issue 16 item 2): every node the caller may see with what needs attention there — its
 * subcontract's unmet elements, its next inspection, its open improvement requests — and the worst of its subtree
 * ({@link ChainRollup}). Three queries per engagement, whatever its depth; the OrgScope filter keeps a contractor to
 * its own node and subtree, so a roll-up never reaches above or beside it.
 */
@ApplicationScoped
public class ChainTreeService {

    private final ItakuClock clock;

    ChainTreeService(ItakuClock clock) {
        this.clock = clock;
    }

    /** One node of the tree; {@code next} null when the node has no open plan entry. */
    public record Row(ChainNode node, List<String> unmetElements, PlanEntry next, PlanState nextState,
                      int openImprovements, int overdueImprovements, ChainConcern concern, ChainRollup.Rolled subtree) {
    }

    /** The engagement's visible nodes in path order (a node before its subtree). */
    public List<Row> tree(UUID engagementId) {
        LocalDate today = clock.today();
        List<ChainNode> nodes = ChainNode.list("engagementId = ?1 order by path", engagementId);
        Map<UUID, PlanEntry> next = new HashMap<>();
        for (PlanEntry p : PlanEntry.<PlanEntry>list("engagementId = ?1 and status = ?2", engagementId,
                PlanEntry.Status.OPEN)) {
            next.merge(p.nodeId, p, (a, b) -> Comparator.comparing((PlanEntry e) -> e.dueOn)
                    .thenComparing(e -> e.id).compare(a, b) <= 0 ? a : b);
        }
        Map<UUID, int[]> improvements = new HashMap<>();
        if (!nodes.isEmpty()) {
            for (ImprovementRequest r : ImprovementRequest.<ImprovementRequest>list("nodeId in ?1 and status != ?2",
                    nodes.stream().map(n -> n.id).toList(), ImprovementRequest.Status.CLOSED)) {
                int[] counts = improvements.computeIfAbsent(r.nodeId, k -> new int[2]);
                counts[0]++;
                if (r.overdue(today)) {
                    counts[1]++;
                }
            }
        }
        List<ChainRollup.Facts> facts = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ChainNode n : nodes) {
            boolean inChain = n.status == ChainNode.Status.ACTIVE || n.status == ChainNode.Status.PENDING;
            List<String> unmet = ChainService.unmetElements(n.verification).orElse(List.of());
            PlanEntry entry = inChain ? next.get(n.id) : null;
            PlanState state = entry == null ? null : PlanStateRule.of(entry.dueOn, entry.lastDoneOn, today);
            int[] counts = improvements.getOrDefault(n.id, new int[2]);
            ChainRollup.Facts f = new ChainRollup.Facts(n.id, n.parentId, inChain,
                    n.status == ChainNode.Status.PENDING, unmet.size(), state, counts[0], counts[1]);
            facts.add(f);
            rows.add(new Row(n, unmet, entry, state, counts[0], counts[1], ChainRollup.own(f), null));
        }
        Map<UUID, ChainRollup.Rolled> rolled = ChainRollup.rollUp(facts);
        return rows.stream().map(r -> new Row(r.node(), r.unmetElements(), r.next(), r.nextState(),
                r.openImprovements(), r.overdueImprovements(), r.concern(), rolled.get(r.node().id))).toList();
    }
}
