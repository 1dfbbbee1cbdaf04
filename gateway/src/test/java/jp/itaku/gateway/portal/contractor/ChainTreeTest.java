package jp.itaku.gateway.portal.contractor;

import jp.itaku.gateway.portal.client.ChainNode;
import jp.itaku.gateway.portal.client.ChainTreeNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flat chain as nested branches (plain JUnit). */
class ChainTreeTest {

    private static ChainTreeNode node(String id, String parent, int depth, String worstAt) {
        return new ChainTreeNode(new ChainNode(id, "e", parent, depth, "会社" + id, "org-" + id, null, null, null,
                "ACTIVE", null, null, null, null, null, null), List.of(), null, 0, 0, "NONE", "INSPECTION_OVERDUE",
                worstAt, 1);
    }

    @Test
    void childrenNestUnderTheirParentInTheOrderGiven() {
        List<ChainTree.Branch> tree = ChainTree.of(List.of(node("1", null, 1, "3"), node("2", "1", 2, "3"),
                node("3", "2", 3, "3"), node("4", "1", 2, "4")));
        assertEquals(1, tree.size());
        ChainTree.Branch root = tree.get(0);
        assertEquals(List.of("2", "4"), root.children().stream().map(b -> b.item().node().id()).toList());
        assertEquals("3", root.children().get(0).children().get(0).item().node().id());
        assertEquals("会社3", root.worstAtName(), "the name of the node where the subtree's worst state sits");
        assertTrue(root.item().worstBelow());
        assertFalse(root.children().get(0).children().get(0).item().worstBelow());
    }

    @Test
    void aNodeWhoseParentIsNotVisibleIsARoot() {
        List<ChainTree.Branch> tree = ChainTree.of(List.of(node("2", "1", 2, "3"), node("3", "2", 3, "3")));
        assertEquals(List.of("2"), tree.stream().map(b -> b.item().node().id()).toList());
        assertEquals(1, tree.get(0).children().size());
    }

    @Test
    void tonesOfTheBadges() {
        assertEquals("bad", ChainTreeNode.tone("INSPECTION_OVERDUE"));
        assertEquals("bad", ChainTreeNode.tone("IMPROVEMENT_OVERDUE"));
        assertEquals("warn", ChainTreeNode.tone("APPROVAL_PENDING"));
        assertEquals("good", ChainTreeNode.tone("NONE"));
    }
}
