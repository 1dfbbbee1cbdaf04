package jp.itaku.contract.approval.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.problem.Problem;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.verification.ElementResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a protection manager's approval of a contract draft needs (第8-4, 第8-7): the engagement under review, the
 * latest draft, and every element its kind requires satisfied or excused with a reason — except D1 of a dispatch
 * contract, which cannot be excused.
 */
public final class ApprovalCheck {

    /** 第8-7: a dispatch contract without the dispatched workers' confidentiality cannot be excused. */
    static final String DISPATCH_ELEMENT = "D1";

    /** An element the approval accepts although it is not satisfied, and why. */
    public record Excuse(String elementId, String reason) {
    }

    /** The decision and, when allowed, the excused elements with the status they had in the approved version. */
    public record Outcome(Decision decision, Map<String, String> excused) {
    }

    private ApprovalCheck() {
    }

    /** Approval is for an engagement under review, and of its latest draft. */
    public static Decision mayApprove(EngagementState state, Optional<Integer> latestVersion, int requestedVersion) {
        if (state != EngagementState.UNDER_REVIEW) {
            return Decision.conflict("承認できるのは「契約審査中」の委託案件だけです（現在: 「" + state.label + "」）。");
        }
        if (latestVersion.isEmpty()) {
            return Decision.conflict("契約書案がありません。");
        }
        if (latestVersion.get() != requestedVersion) {
            return Decision.conflict("承認できるのは最新の契約書案（第" + latestVersion.get() + "版）だけです。");
        }
        return Decision.allowed();
    }

    /** The excuses' reasons by element id, in the order given. */
    public record Reasons(Decision decision, Map<String, String> byElement) {
    }

    /** The reasons by element; one element excused twice is a field error. */
    public static Reasons reasons(List<Excuse> excuses) {
        Map<String, String> byElement = new LinkedHashMap<>();
        for (Excuse e : excuses) {
            if (byElement.put(e.elementId(), e.reason()) != null) {
                return new Reasons(Decision.invalid("exceptions", "要素「" + e.elementId() + "」の例外が重複しています。"),
                        Map.of());
            }
        }
        return new Reasons(Decision.allowed(), byElement);
    }

    /**
     * Every element the engagement's kind requires must be satisfied or carry a reason. Refuses reasons given for
     * satisfied or unknown elements, so the record says exactly what was excused. {@code results} are the
     * verifier's results of the latest draft, {@code reasons} the excuses by element id.
     */
    public static Outcome check(EngagementKind kind, List<ElementResult> results, Map<String, String> reasons) {
        List<Problem.FieldError> problems = new ArrayList<>();
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, ElementResult> byId = new LinkedHashMap<>();
        results.forEach(e -> byId.put(e.id(), e));
        for (String id : reasons.keySet()) {
            ElementResult result = byId.get(id);
            if (result == null || !ElementStatus.applies(kind, id)) {
                problems.add(new Problem.FieldError("exceptions." + id, "要素「" + id + "」はこの契約の確認対象ではありません。"));
            } else if (ElementResult.SATISFIED.equals(result.status())) {
                problems.add(new Problem.FieldError("exceptions." + id,
                        id + "（" + ElementStatus.elementName(id) + "）は充足しているため例外は不要です。"));
            }
        }
        for (ElementResult result : byId.values()) {
            String id = result.id();
            if (!ElementStatus.applies(kind, id) || ElementResult.SATISFIED.equals(result.status())) {
                continue;
            }
            String label = id + "（" + ElementStatus.elementName(id) + "）は「" + ElementStatus.label(result.status()) + "」";
            if (kind == EngagementKind.DISPATCH && DISPATCH_ELEMENT.equals(id)) {
                problems.add(new Problem.FieldError("exceptions." + id, label
                        + "です。労働者派遣契約では派遣労働者の秘密保持を例外にできません。契約書案を修正してください。"));
            } else if (!reasons.containsKey(id)) {
                problems.add(new Problem.FieldError("exceptions." + id, label + "です。充足させるか、理由を付した例外を記録してください。"));
            } else {
                accepted.put(id, result.status());
            }
        }
        if (kind == EngagementKind.DISPATCH && !byId.containsKey(DISPATCH_ELEMENT)) {
            problems.add(new Problem.FieldError("exceptions." + DISPATCH_ELEMENT, "派遣労働者の秘密保持（D1）の検証結果がありません。"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(Decision.refused(Decision.Kind.CONFLICT, "承認できません",
                    "充足していない要素があります（" + problems.size() + "件）。各要素の内容を確認してください。", problems),
                    Map.of());
        }
        return new Outcome(Decision.allowed(), accepted);
    }
}
