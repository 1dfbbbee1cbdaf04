package jp.itaku.inspection.engagement;

import jp.itaku.inspection.chain.NodeView;
import jp.itaku.inspection.chain.ChainTreeService;
import jp.itaku.inspection.chain.model.ChainConcern;
import java.util.List;
import java.util.UUID;

/**
 * One node of the chain as a tree: the node, its subcontract's unmet elements, next inspection, open (and
 * overdue) improvement requests, its own worst concern and the worst of its subtree — where it sits and how many
 * nodes of the subtree share it.
 */
public record TreeNodeView(NodeView node, List<String> unmetElements, NextInspection nextInspection,
                           int openImprovements, int overdueImprovements, ChainConcern concern,
                           ChainConcern subtreeConcern, UUID subtreeConcernAt, int subtreeConcernCount) {
    static TreeNodeView of(ChainTreeService.Row r) {
        return new TreeNodeView(NodeView.of(r.node()), r.unmetElements(),
                r.next() == null ? null : new NextInspection(r.next().id, r.nextState(), r.next().dueOn),
                r.openImprovements(), r.overdueImprovements(), r.concern(), r.subtree().concern(),
                r.subtree().at(), r.subtree().count());
    }
}
