package jp.itaku.contract.engagement.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engagement's transition table and its role checks, without a server. */
class EngagementMovesTest {

    private static final List<String> ALL_ROLES = List.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER,
            Roles.CHIEF_PROTECTION_MANAGER, Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR, Roles.PLATFORM_ADMIN);

    private static Decision move(EngagementState from, EngagementState to, String role) {
        return EngagementMoves.mayMove(from, to, role::equals);
    }

    /** Every hand move there is, and the one role set that may make it. */
    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource({
            "DRAFTING,     UNDER_REVIEW, procurement-officer",
            "UNDER_REVIEW, DRAFTING,     procurement-officer protection-manager",
            "APPROVED,     IN_PROGRESS,  procurement-officer",
            "IN_PROGRESS,  ENDED,        procurement-officer"})
    void eachHandMoveIsAllowedToItsRolesAndForbiddenToTheOthers(EngagementState from, EngagementState to, String roles) {
        Set<String> allowed = Set.of(roles.split(" "));
        assertEquals(allowed, EngagementMoves.rolesFor(from, to));
        for (String role : ALL_ROLES) {
            Decision d = move(from, to, role);
            assertEquals(allowed.contains(role) ? Decision.Kind.ALLOWED : Decision.Kind.FORBIDDEN, d.kind(), role);
        }
    }

    @Test
    void theTableHasExactlyTheseMoves() {
        int moves = 0;
        for (EngagementState from : EngagementState.values()) {
            moves += EngagementMoves.targets(from).size();
        }
        assertEquals(4, moves);
        assertEquals(Set.of(), EngagementMoves.targets(EngagementState.ENDED));
    }

    @Test
    void approvedIsReachedOnlyThroughAnApproval() {
        Decision d = move(EngagementState.UNDER_REVIEW, EngagementState.APPROVED, Roles.PROTECTION_MANAGER);
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertTrue(d.detail().contains("保護管理者の承認"), d.detail());
    }

    @Test
    void aMoveOutsideTheTableNamesTheMovesThereAre() {
        Decision d = move(EngagementState.DRAFTING, EngagementState.ENDED, Roles.PROCUREMENT_OFFICER);
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertEquals("「起案」から「終了」へは変更できません。変更できる状態: 「契約審査中」。", d.detail());
    }

    @ParameterizedTest
    @EnumSource(EngagementState.class)
    void anEndedEngagementMovesNowhere(EngagementState to) {
        Decision d = move(EngagementState.ENDED, to, Roles.PROCUREMENT_OFFICER);
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertTrue(d.detail().endsWith("この状態からは変更できません。"), d.detail());
    }

    @Test
    void aMoveOutsideTheTableIsAConflictEvenForARoleThatMayNotMove() {
        assertEquals(Decision.Kind.CONFLICT, move(EngagementState.DRAFTING, EngagementState.IN_PROGRESS, Roles.AUDITOR).kind());
    }

    @ParameterizedTest
    @EnumSource(value = EngagementState.class, names = "DRAFTING", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftIsEdited(EngagementState state) {
        Decision d = EngagementMoves.mayEdit(state);
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertEquals("「" + state.label + "」の委託案件は変更できません。変更するには「起案」に差し戻してください。", d.detail());
        assertTrue(EngagementMoves.mayEdit(EngagementState.DRAFTING).isAllowed());
    }

    @Test
    void thePeriodRunsForwardsAndMayBeOneDay() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        assertTrue(EngagementRules.period(day, day).isAllowed());
        assertEquals(List.of("periodEnd"), EngagementRules.period(day, day.minusDays(1)).fields());
    }
}
