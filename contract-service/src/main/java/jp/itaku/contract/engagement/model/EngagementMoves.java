package jp.itaku.contract.engagement.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementState;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The life of an engagement (起案 → 契約審査中 → 承認済 → 履行中 → 終了): the moves a person may make by hand and who
 * may make each. 承認済 is reached only through a protection manager's approval (ApprovalService), never by hand.
 * Preconditions other topics own (a draft before review, an erasure certificate before the end) are their
 * TransitionGuards'.
 */
public final class EngagementMoves {

    /** From a state, the states one may move to by hand, each with the roles allowed to make that move. */
    static final Map<EngagementState, Map<EngagementState, Set<String>>> MOVES = Map.of(
            EngagementState.DRAFTING, Map.of(EngagementState.UNDER_REVIEW, Set.of(Roles.PROCUREMENT_OFFICER)),
            EngagementState.UNDER_REVIEW, Map.of(EngagementState.DRAFTING,
                    Set.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER)),
            EngagementState.APPROVED, Map.of(EngagementState.IN_PROGRESS, Set.of(Roles.PROCUREMENT_OFFICER)),
            EngagementState.IN_PROGRESS, Map.of(EngagementState.ENDED, Set.of(Roles.PROCUREMENT_OFFICER)),
            EngagementState.ENDED, Map.of());

    private EngagementMoves() {
    }

    /** The states one may move to by hand from {@code from} (whoever one is). */
    public static Set<EngagementState> targets(EngagementState from) {
        return MOVES.get(from).keySet();
    }

    /** Who may move an engagement from {@code from} to {@code to} by hand; empty when nobody may. */
    public static Set<String> rolesFor(EngagementState from, EngagementState to) {
        return MOVES.get(from).getOrDefault(to, Set.of());
    }

    /**
     * Whether a caller with the given roles may move the engagement by hand: 409 for a move the table does not
     * have (naming the moves it has), 403 for a move the caller's roles do not allow.
     */
    public static Decision mayMove(EngagementState from, EngagementState to, Predicate<String> callerHasRole) {
        if (to == EngagementState.APPROVED && from == EngagementState.UNDER_REVIEW) {
            return Decision.conflict("「承認済」へは保護管理者の承認（POST …/approval）によってのみ変更できます。");
        }
        Map<EngagementState, Set<String>> allowed = MOVES.get(from);
        if (!allowed.containsKey(to)) {
            String possible = allowed.keySet().stream().sorted().map(s -> "「" + s.label + "」")
                    .collect(Collectors.joining("・"));
            return Decision.conflict("「" + from.label + "」から「" + to.label + "」へは変更できません。"
                    + (possible.isEmpty() ? "この状態からは変更できません。" : "変更できる状態: " + possible + "。"));
        }
        if (allowed.get(to).stream().noneMatch(callerHasRole)) {
            return Decision.forbidden("「" + from.label + "」から「" + to.label + "」への変更を行う権限がありません。");
        }
        return Decision.allowed();
    }

    /** Only a draft (起案) is edited; a later state goes back to 起案 first. */
    public static Decision mayEdit(EngagementState state) {
        return state == EngagementState.DRAFTING ? Decision.allowed()
                : Decision.conflict("「" + state.label + "」の委託案件は変更できません。変更するには「起案」に差し戻してください。");
    }
}
