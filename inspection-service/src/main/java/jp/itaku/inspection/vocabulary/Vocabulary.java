package jp.itaku.inspection.vocabulary;

import jp.itaku.api.EnglishLabels;
import jp.itaku.api.Term;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.chain.model.ChainConcern;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.model.PlanState;
import jp.itaku.inspection.selfreport.SelfReport;

import java.util.List;

/**
 * inspection-service's codes with their labels in both languages, in the order the service declares them: what the
 * portal shows for a plan entry's state, a check's method, a chain node's status, an improvement request's status,
 * a self-report's status and what needs attention at a node of the chain (its own and its subtree's worst), so
 * that it keeps no copy of its own. The Japanese labels are here (exhaustive switches: a
 * new constant does not compile without one), the English ones in labels-en.properties. Plain Java.
 */
public record Vocabulary(List<Term> planStates, List<Term> checkMethods, List<Term> chainStatuses,
                         List<Term> improvementStatuses, List<Term> selfReportStatuses, List<Term> chainConcerns) {

    private static final EnglishLabels EN = EnglishLabels.beside(Vocabulary.class);

    public static Vocabulary of() {
        return new Vocabulary(
                EN.terms(PlanState.values(), Vocabulary::japanese),
                EN.terms(PlanEntry.Method.values(), Vocabulary::japanese),
                EN.terms(ChainNode.Status.values(), Vocabulary::japanese),
                EN.terms(ImprovementRequest.Status.values(), Vocabulary::japanese),
                EN.terms(SelfReport.Status.values(), Vocabulary::japanese),
                EN.terms(ChainConcern.values(), Vocabulary::japanese));
    }

    static String japanese(PlanState state) {
        return switch (state) {
            case OVERDUE -> "期限超過";
            case DUE -> "期限間近";
            case DONE -> "実施済";
            case SCHEDULED -> "予定";
        };
    }

    static String japanese(PlanEntry.Method method) {
        return switch (method) {
            case ONSITE -> "実地";
            case REMOTE -> "リモート";
            case DOCUMENT -> "書面";
        };
    }

    static String japanese(ChainNode.Status status) {
        return switch (status) {
            case PENDING -> "承認待ち";
            case ACTIVE -> "承認済";
            case REFUSED -> "不承認";
            case REMOVED -> "除外";
        };
    }

    static String japanese(ImprovementRequest.Status status) {
        return switch (status) {
            case OPEN -> "未対応";
            case RESPONDED -> "回答あり";
            case CLOSED -> "完了";
        };
    }

    static String japanese(SelfReport.Status status) {
        return switch (status) {
            case DRAFT -> "作成中";
            case SUBMITTED -> "提出済み（確認待ち）";
            case ACCEPTED -> "受理";
            case RETURNED -> "差戻し";
        };
    }

    static String japanese(ChainConcern concern) {
        return switch (concern) {
            case INSPECTION_OVERDUE -> "検査期限超過";
            case IMPROVEMENT_OVERDUE -> "改善期限超過";
            case APPROVAL_PENDING -> "再委託の承認待ち";
            case ELEMENTS_UNMET -> "契約書の必須項目に不足";
            case INSPECTION_DUE -> "検査期限間近";
            case IMPROVEMENT_OPEN -> "改善要求に対応中";
            case NONE -> "対応事項なし";
        };
    }
}
