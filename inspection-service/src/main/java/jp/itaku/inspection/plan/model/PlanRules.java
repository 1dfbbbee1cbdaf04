package jp.itaku.inspection.plan.model;

import jp.itaku.common.problem.Decision;

/** What may change on a plan entry. */
public final class PlanRules {

    private PlanRules() {
    }

    /** Only an open entry changes; an inspection other than on site (remote, documents) needs its reason. */
    public static Decision update(boolean open, boolean onSite, String reason) {
        if (!open) {
            return Decision.conflict("終了した検査計画は変更できません。");
        }
        if (!onSite && (reason == null || reason.isBlank())) {
            return Decision.invalid("methodReason", "実地以外の方法（リモート・書面）で検査する場合は理由を入力してください。");
        }
        return Decision.allowed();
    }
}
