package jp.itaku.inspection.chain.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.inspection.chain.ChainNode.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subcontract chain's rules (第8-4), from the values ChainService loads. */
class ChainRulesTest {

    private static final Optional<String> ALPHA = Optional.of("org-alpha");

    @Test
    void aContractorRequestsUnderItsOwnActiveNode() {
        assertTrue(ChainRules.mayRequestUnder(ALPHA, "org-alpha", Status.ACTIVE).isAllowed());
    }

    @Test
    void anotherOrganisationsNodeIsForbidden() {
        assertEquals(Decision.Kind.FORBIDDEN, ChainRules.mayRequestUnder(ALPHA, "org-beta", Status.ACTIVE).kind());
        assertEquals(Decision.Kind.FORBIDDEN, ChainRules.mayRequestUnder(Optional.empty(), "org-alpha", Status.ACTIVE)
                .kind(), "agency staff have no organisation to request for");
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"PENDING", "REFUSED", "REMOVED"})
    void nothingHangsBelowANodeThatIsNotActive(Status status) {
        Decision d = ChainRules.mayRequestUnder(ALPHA, "org-alpha", status);
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertTrue(d.detail().endsWith("申請できません。") || d.detail().contains("承認が必要です"), d.detail());
    }

    @Test
    void anEndedEngagementTakesNoRequests() {
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayRequestIn(false).kind());
        assertTrue(ChainRules.mayRequestIn(true).isAllowed());
    }

    @Test
    void anOrganisationAboveInTheChainWouldMakeACycle() {
        UUID root = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        Decision d = ChainRules.onePlaceInTheChain(List.of(root), Set.of(root, parent));
        assertTrue(d.detail().contains("循環"), d.detail());
    }

    @Test
    void anOrganisationElsewhereInTheChainWouldHaveTwoParents() {
        Decision d = ChainRules.onePlaceInTheChain(List.of(UUID.randomUUID()), Set.of(UUID.randomUUID()));
        assertTrue(d.detail().contains("二つの委託元"), d.detail());
    }

    @Test
    void aNewOrganisationTakesItsPlace() {
        assertTrue(ChainRules.onePlaceInTheChain(List.of(), Set.of(UUID.randomUUID())).isAllowed());
    }

    @Test
    void aDecisionIsMadeOnce() {
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayDecide(Status.ACTIVE, true, "ok", true).kind());
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayDecide(Status.REFUSED, false, "no", true).kind());
    }

    @Test
    void aRefusalSaysWhy() {
        assertEquals(List.of("comment"), ChainRules.mayDecide(Status.PENDING, false, " ", true).fields());
        assertTrue(ChainRules.mayDecide(Status.PENDING, false, "再委託先の安全管理体制が不十分", true).isAllowed());
    }

    @Test
    void approvingAVerificationGapNeedsAReasonButAFullySatisfiedOneDoesNot() {
        assertEquals(List.of("comment"), ChainRules.mayDecide(Status.PENDING, true, null, false).fields());
        assertTrue(ChainRules.mayDecide(Status.PENDING, true, "別途覚書で補完済み", false).isAllowed());
        assertTrue(ChainRules.mayDecide(Status.PENDING, true, null, true).isAllowed());
    }

    @Test
    void approvalNeedsAParentStillInTheChainAndARunningEngagement() {
        assertTrue(ChainRules.mayApproveUnder(Status.ACTIVE, true).isAllowed());
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayApproveUnder(Status.REMOVED, true).kind());
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayApproveUnder(Status.ACTIVE, false).kind());
    }

    @Test
    void theContractorLeavesOnlyWithTheEngagement() {
        assertTrue(ChainRules.mayRemove(1, Status.ACTIVE).detail().contains("委託案件の終了"));
        assertTrue(ChainRules.mayRemove(2, Status.ACTIVE).isAllowed());
        assertTrue(ChainRules.mayRemove(3, Status.PENDING).isAllowed());
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"REFUSED", "REMOVED"})
    void aNodeOutOfTheChainCannotBeRemovedAgainNorIsTakenWithItsParent(Status status) {
        assertEquals(Decision.Kind.CONFLICT, ChainRules.mayRemove(2, status).kind());
        assertFalse(ChainRules.stillInTheChain(status));
    }

    @Test
    void d1CountsOnlyForADispatchContract() {
        Map<String, String> d1Missing = Map.of("C1a", "satisfied", "C2", "satisfied", "D1", "missing");
        assertTrue(ChainRules.fullySatisfied(false, d1Missing));
        assertFalse(ChainRules.fullySatisfied(true, d1Missing));
    }

    @Test
    void anyOtherGapIsNotFullySatisfied() {
        assertFalse(ChainRules.fullySatisfied(false, Map.of("C1a", "satisfied", "C4", "contradicted")));
    }

    @Test
    void unmetElementsAreThoseNotSatisfiedInTheReportsOrderD1OnlyForDispatch() {
        Map<String, String> report = new java.util.LinkedHashMap<>();
        report.put("C1a", "satisfied");
        report.put("C2", "missing");
        report.put("C4", "contradicted");
        report.put("D1", "missing");
        assertEquals(List.of("C2", "C4"), ChainRules.unmet(false, report));
        assertEquals(List.of("C2", "C4", "D1"), ChainRules.unmet(true, report));
        assertEquals(List.of(), ChainRules.unmet(false, Map.of("C1a", "satisfied", "D1", "missing")));
    }
}
