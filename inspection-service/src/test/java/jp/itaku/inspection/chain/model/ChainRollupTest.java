package jp.itaku.inspection.chain.model;

import jp.itaku.inspection.chain.model.ChainRollup.Facts;
import jp.itaku.inspection.chain.model.ChainRollup.Rolled;
import jp.itaku.inspection.plan.model.PlanState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chain's roll-up: a node's own worst concern and the worst of its subtree, plain JUnit. */
class ChainRollupTest {

    private static final UUID ROOT = UUID.randomUUID();
    private static final UUID N2 = UUID.randomUUID();
    private static final UUID N3 = UUID.randomUUID();
    private static final UUID SIBLING = UUID.randomUUID();

    private static Facts node(UUID id, UUID parent, PlanState next) {
        return new Facts(id, parent, true, false, 0, next, 0, 0);
    }

    @Test
    void anOverdueInspectionThreeLevelsDownShowsAtTheTop() {
        Map<UUID, Rolled> rolled = ChainRollup.rollUp(List.of(node(ROOT, null, PlanState.SCHEDULED),
                node(N2, ROOT, PlanState.DUE), node(N3, N2, PlanState.OVERDUE), node(SIBLING, ROOT, PlanState.DONE)));
        assertEquals(new Rolled(ChainConcern.INSPECTION_OVERDUE, N3, 1), rolled.get(ROOT));
        assertEquals(new Rolled(ChainConcern.INSPECTION_OVERDUE, N3, 1), rolled.get(N2));
        assertEquals(new Rolled(ChainConcern.INSPECTION_OVERDUE, N3, 1), rolled.get(N3));
        assertEquals(ChainConcern.NONE, rolled.get(SIBLING).concern(), "a sibling's subtree is its own");
    }

    @Test
    void theNodesOwnConcernWinsATieAndTheCountAddsUp() {
        Map<UUID, Rolled> rolled = ChainRollup.rollUp(List.of(node(ROOT, null, PlanState.DUE),
                node(N2, ROOT, PlanState.DUE), node(SIBLING, ROOT, PlanState.DUE)));
        assertEquals(new Rolled(ChainConcern.INSPECTION_DUE, ROOT, 3), rolled.get(ROOT));
    }

    @Test
    void aNodeWhoseParentIsNotVisibleIsARoot() {
        // a contractor at depth 2 sees its node and its subtree only
        Map<UUID, Rolled> rolled = ChainRollup.rollUp(List.of(node(N2, ROOT, PlanState.SCHEDULED),
                node(N3, N2, PlanState.DUE)));
        assertEquals(new Rolled(ChainConcern.INSPECTION_DUE, N3, 1), rolled.get(N2));
        assertEquals(2, rolled.size());
    }

    @Test
    void nodesOutOfTheChainCountForNothing() {
        Facts refused = new Facts(N2, ROOT, false, false, 3, PlanState.OVERDUE, 1, 1);
        assertEquals(ChainConcern.NONE, ChainRollup.own(refused));
        Map<UUID, Rolled> rolled = ChainRollup.rollUp(List.of(node(ROOT, null, PlanState.DONE), refused));
        assertEquals(ChainConcern.NONE, rolled.get(ROOT).concern());
    }

    @Test
    void ownConcernIsTheWorstOfWhatIsKnownAboutTheNode() {
        assertEquals(ChainConcern.IMPROVEMENT_OVERDUE,
                ChainRollup.own(new Facts(N2, ROOT, true, true, 2, PlanState.DUE, 2, 1)));
        assertEquals(ChainConcern.APPROVAL_PENDING,
                ChainRollup.own(new Facts(N2, ROOT, true, true, 2, null, 0, 0)));
        assertEquals(ChainConcern.ELEMENTS_UNMET,
                ChainRollup.own(new Facts(N2, ROOT, true, false, 1, PlanState.DUE, 1, 0)));
        assertEquals(ChainConcern.INSPECTION_DUE,
                ChainRollup.own(new Facts(N2, ROOT, true, false, 0, PlanState.DUE, 1, 0)));
        assertEquals(ChainConcern.IMPROVEMENT_OPEN,
                ChainRollup.own(new Facts(N2, ROOT, true, false, 0, PlanState.SCHEDULED, 1, 0)));
        assertEquals(ChainConcern.NONE, ChainRollup.own(new Facts(N2, ROOT, true, false, 0, PlanState.DONE, 0, 0)));
        assertEquals(ChainConcern.INSPECTION_OVERDUE,
                ChainRollup.own(new Facts(N2, ROOT, true, true, 5, PlanState.OVERDUE, 3, 3)));
    }

    @Test
    void worseIsTheEarlierDeclared() {
        assertEquals(ChainConcern.INSPECTION_OVERDUE, ChainConcern.NONE.worse(ChainConcern.INSPECTION_OVERDUE));
        assertEquals(ChainConcern.INSPECTION_OVERDUE, ChainConcern.INSPECTION_OVERDUE.worse(ChainConcern.INSPECTION_DUE));
    }
}
