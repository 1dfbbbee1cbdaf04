package jp.itaku.inspection.chain.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.inspection.chain.ChainNode.Status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The subcontract chain's rules (第8-4: re-subcontracting only with the protection manager's prior approval, and the
 * whole chain known): who may ask under which node, what a decision needs, what may leave the chain. The queries
 * that find the nodes stay in ChainService; these take what it found.
 */
public final class ChainRules {

    /** D1 (dispatched workers, 第8-7) concerns dispatch contracts only; a subcontract needs 第8-4. */
    static final String DISPATCH_ONLY = "D1";

    private ChainRules() {
    }

    /** A contractor asks only under a node of its own organisation, and only under an approved one. */
    public static Decision mayRequestUnder(Optional<String> callerOrg, String parentOrg, Status parentStatus) {
        if (callerOrg.filter(org -> org.equals(parentOrg)).isEmpty()) {
            return Decision.forbidden("再委託の申請は、自社が委託先となっているノードの下にのみ行えます。");
        }
        switch (parentStatus) {
            case PENDING -> {
                return Decision.conflict("承認前の再委託先の下には再委託を申請できません。先に保護管理者の承認が必要です。");
            }
            case REFUSED -> {
                return Decision.conflict("不承認となった再委託先の下には再委託を申請できません。");
            }
            case REMOVED -> {
                return Decision.conflict("連鎖から外された委託先の下には再委託を申請できません。");
            }
            case ACTIVE -> {
            }
        }
        return Decision.allowed();
    }

    /** An ended engagement takes no more re-subcontract requests. */
    public static Decision mayRequestIn(boolean engagementActive) {
        return engagementActive ? Decision.allowed() : Decision.conflict("終了した委託案件には再委託を申請できません。");
    }

    /**
     * One organisation has one place in an engagement's chain: it cannot be asked for under its own subcontractor
     * (a cycle) nor under a second parent. {@code sameOrganisation} are the pending or active nodes of the requested
     * organisation in the whole chain, {@code ancestors} the path from the root to the parent.
     */
    public static Decision onePlaceInTheChain(Collection<UUID> sameOrganisation, Set<UUID> ancestors) {
        if (sameOrganisation.stream().anyMatch(ancestors::contains)) {
            return Decision.conflict("申請先の組織は連鎖の上位にすでに含まれています。自らの上位への再委託（循環）はできません。");
        }
        if (!sameOrganisation.isEmpty()) {
            return Decision.conflict("この組織はすでにこの委託案件の連鎖に含まれています。一つの組織が二つの委託元を持つことはできません。");
        }
        return Decision.allowed();
    }

    /**
     * A pending request is decided once; a refusal says why, and an approval of a subcontract whose verification
     * is not fully satisfied says why it is approved all the same.
     */
    public static Decision mayDecide(Status status, boolean approve, String comment, boolean fullySatisfied) {
        if (status != Status.PENDING) {
            return Decision.conflict("この再委託の申請はすでに判断済みです（承認・不承認は変更できません）。");
        }
        boolean reasoned = comment != null && !comment.isBlank();
        if (!approve && !reasoned) {
            return Decision.invalid("comment", "不承認の理由を入力してください。");
        }
        if (approve && !reasoned && !fullySatisfied) {
            return Decision.invalid("comment", "再委託契約書の検証で充足していない項目があります。承認する場合は理由を入力してください。");
        }
        return Decision.allowed();
    }

    /** An approval adds the node under a parent still in the chain, of an engagement still running. */
    public static Decision mayApproveUnder(Status parentStatus, boolean engagementActive) {
        if (parentStatus != Status.ACTIVE) {
            return Decision.conflict("委託元がすでに連鎖から外されているため承認できません。");
        }
        if (!engagementActive) {
            return Decision.conflict("終了した委託案件の再委託は承認できません。");
        }
        return Decision.allowed();
    }

    /** The contractor (depth 1) leaves only with the engagement's end; a node already out cannot leave again. */
    public static Decision mayRemove(int depth, Status status) {
        if (depth == 1) {
            return Decision.conflict("委託先（第1階層）は委託案件の終了によってのみ連鎖から外れます。");
        }
        if (status == Status.REMOVED || status == Status.REFUSED) {
            return Decision.conflict("このノードはすでに連鎖に含まれていません。");
        }
        return Decision.allowed();
    }

    /** The nodes a removal takes with it: those of the subtree still pending or active. */
    public static boolean stillInTheChain(Status status) {
        return status == Status.ACTIVE || status == Status.PENDING;
    }

    /**
     * Every element of the subcontract's verification report satisfied — D1 counting only for a dispatch contract.
     * {@code statusById} maps element ids to the verifier's status ("satisfied", "missing", "contradicted").
     */
    public static boolean fullySatisfied(boolean dispatch, Map<String, String> statusById) {
        return unmet(dispatch, statusById).isEmpty();
    }

    /** The ids of the elements not satisfied (missing or contradicted), in the report's order; D1 as above. */
    public static List<String> unmet(boolean dispatch, Map<String, String> statusById) {
        return statusById.entrySet().stream()
                .filter(e -> dispatch || !DISPATCH_ONLY.equals(e.getKey()))
                .filter(e -> !"satisfied".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }
}
