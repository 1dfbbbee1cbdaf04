package jp.itaku.contract.approval.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.verification.ElementResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protection manager's approval of a contract draft (第8-4, 第8-7), from the verifier's results. */
class ApprovalCheckTest {

    private static final List<String> OUTSOURCING_ELEMENTS = List.of("C1a", "C1b", "C2", "C3", "C4", "C5a", "C5b",
            "C6a", "C6b", "W1", "W2");

    /** The verifier's results with every element satisfied but the given ones, which are missing. */
    private static List<ElementResult> results(boolean withD1, String... missing) {
        List<String> ids = new ArrayList<>(OUTSOURCING_ELEMENTS);
        if (withD1) {
            ids.add("D1");
        }
        List<String> gaps = List.of(missing);
        return ids.stream().map(id -> new ElementResult(id, gaps.contains(id) ? ElementResult.MISSING
                : ElementResult.SATISFIED, List.of(), "", null)).toList();
    }

    private static Map<String, String> reasons(String... idAndReason) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < idAndReason.length; i += 2) {
            reasons.put(idAndReason[i], idAndReason[i + 1]);
        }
        return reasons;
    }

    @Test
    void aFullySatisfiedDraftIsApprovedWithoutExceptions() {
        ApprovalCheck.Outcome outcome = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true), Map.of());
        assertTrue(outcome.decision().isAllowed());
        assertEquals(Map.of(), outcome.excused());
    }

    @Test
    void aMissingElementWithoutAReasonRefusesTheApproval() {
        Decision d = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true, "C2"), Map.of()).decision();
        assertEquals(Decision.Kind.CONFLICT, d.kind());
        assertEquals("承認できません", d.title());
        assertEquals(List.of("exceptions.C2"), d.fields());
        assertTrue(d.errors().get(0).message().startsWith("C2（再委託の制限又は事前承認）は「欠落」です。"), d.errors().get(0).message());
    }

    @Test
    void aReasonedExceptionExcusesTheMissingElementWithItsStatus() {
        ApprovalCheck.Outcome outcome = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true, "C2", "W2"),
                reasons("C2", "再委託しない旨を別紙の覚書で合意済み", "W2", "検査条項は次回の契約更新で追加する"));
        assertTrue(outcome.decision().isAllowed());
        assertEquals(Map.of("C2", ElementResult.MISSING, "W2", ElementResult.MISSING), outcome.excused());
    }

    @Test
    void aReasonForASatisfiedElementIsRefused() {
        Decision d = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true),
                reasons("C1a", "念のため例外として記録しておく。")).decision();
        assertEquals(List.of("exceptions.C1a"), d.fields());
        assertTrue(d.errors().get(0).message().contains("充足しているため例外は不要"));
    }

    @Test
    void aReasonForAnUnknownElementIsRefused() {
        Decision d = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true),
                reasons("X9", "存在しない要素への例外の記録。")).decision();
        assertEquals(List.of("exceptions.X9"), d.fields());
    }

    @Test
    void d1IsNotRequiredOfAnOutsourcingContract() {
        assertTrue(ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true, "D1"), Map.of()).decision().isAllowed());
        Decision d = ApprovalCheck.check(EngagementKind.OUTSOURCING, results(true, "D1"),
                reasons("D1", "業務委託契約のため対象外であることの記録")).decision();
        assertTrue(d.errors().get(0).message().contains("確認対象ではありません"), d.errors().get(0).message());
    }

    @Test
    void aDispatchContractCannotExcuseMissingWorkerConfidentiality() {
        Decision d = ApprovalCheck.check(EngagementKind.DISPATCH, results(true, "D1"),
                reasons("D1", "派遣元との間で別途秘密保持契約を締結済み")).decision();
        assertEquals(List.of("exceptions.D1"), d.fields());
        assertTrue(d.errors().get(0).message().contains("労働者派遣契約では派遣労働者の秘密保持を例外にできません"));
    }

    @Test
    void aDispatchContractNeedsAD1Result() {
        Decision d = ApprovalCheck.check(EngagementKind.DISPATCH, results(false), Map.of()).decision();
        assertEquals(List.of("exceptions.D1"), d.fields());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Decision d = ApprovalCheck.check(EngagementKind.DISPATCH, results(true, "C2", "C4", "D1"),
                reasons("C1a", "念のため例外として記録しておく。")).decision();
        assertEquals(List.of("exceptions.C1a", "exceptions.C2", "exceptions.C4", "exceptions.D1"), d.fields());
        assertEquals("充足していない要素があります（4件）。各要素の内容を確認してください。", d.detail());
    }

    @Test
    void anElementExcusedTwiceIsAFieldError() {
        ApprovalCheck.Reasons r = ApprovalCheck.reasons(List.of(new ApprovalCheck.Excuse("C2", "一回目の理由を記録"),
                new ApprovalCheck.Excuse("C2", "二回目の理由を記録")));
        assertEquals(List.of("exceptions"), r.decision().fields());
        ApprovalCheck.Reasons ok = ApprovalCheck.reasons(List.of(new ApprovalCheck.Excuse("C2", "理由"),
                new ApprovalCheck.Excuse("W2", "理由")));
        assertEquals(List.of("C2", "W2"), List.copyOf(ok.byElement().keySet()));
    }

    @Test
    void onlyTheLatestDraftOfAnEngagementUnderReviewIsApproved() {
        assertTrue(ApprovalCheck.mayApprove(EngagementState.UNDER_REVIEW, Optional.of(2), 2).isAllowed());
        assertEquals("承認できるのは最新の契約書案（第2版）だけです。",
                ApprovalCheck.mayApprove(EngagementState.UNDER_REVIEW, Optional.of(2), 1).detail());
        assertEquals("契約書案がありません。",
                ApprovalCheck.mayApprove(EngagementState.UNDER_REVIEW, Optional.empty(), 1).detail());
        assertEquals(Decision.Kind.CONFLICT, ApprovalCheck.mayApprove(EngagementState.DRAFTING, Optional.of(1), 1).kind());
    }
}
