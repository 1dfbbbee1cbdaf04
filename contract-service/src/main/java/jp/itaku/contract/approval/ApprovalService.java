package jp.itaku.contract.approval;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.contract.Actor;
import jp.itaku.contract.approval.ApprovalResource.ApprovalRequest;
import jp.itaku.contract.approval.ApprovalResource.ExceptionRequest;
import jp.itaku.contract.confirmation.ConfirmationService;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.VerificationReport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ApprovalService {

    @Inject
    ItakuClock clock;

    /** 第8-7: a dispatch contract without the dispatched workers' confidentiality cannot be excused. */
    static final String DISPATCH_ELEMENT = "D1";

    @Inject
    EngagementService engagements;

    @Inject
    DraftService drafts;

    @Inject
    Actor actor;

    @Transactional
    public Approval approve(UUID engagementId, ApprovalRequest request) {
        Engagement engagement = engagements.lock(engagementId);
        if (engagement.state != EngagementState.UNDER_REVIEW) {
            throw ItakuException.conflict("承認できるのは「契約審査中」の委託案件だけです（現在: 「" + engagement.state.label + "」）。");
        }
        ContractDraft latest = ContractDraft.latest(engagementId)
                .orElseThrow(() -> ItakuException.conflict("契約書案がありません。"));
        if (latest.version != request.draftVersion()) {
            throw ItakuException.conflict("承認できるのは最新の契約書案（第" + latest.version + "版）だけです。");
        }
        String confirmationGap = ConfirmationService.missingForApproval(engagementId);
        if (!confirmationGap.isEmpty()) {
            throw ItakuException.conflict(confirmationGap);
        }
        Map<String, String> reasons = reasons(request.exceptions());
        Map<String, String> accepted = check(engagement, drafts.report(latest), reasons);

        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.engagementId = engagementId;
        approval.draftId = latest.id;
        approval.draftVersion = latest.version;
        approval.comment = request.comment();
        approval.approvedAt = clock.now();
        approval.approvedBy = actor.name();
        approval.approvedByName = actor.displayName();
        approval.persist();
        accepted.forEach((elementId, status) -> {
            ElementException e = new ElementException();
            e.id = UUID.randomUUID();
            e.approvalId = approval.id;
            e.elementId = elementId;
            e.status = status;
            e.reason = reasons.get(elementId).strip();
            e.persist();
        });
        engagements.changeState(engagement, EngagementState.APPROVED, "第" + latest.version + "版を承認");
        return approval;
    }

    public List<ElementException> exceptions(Approval approval) {
        return ElementException.list("approvalId", Sort.by("elementId"), approval.id);
    }

    /**
     * Every element the engagement's kind requires must be satisfied or carry a reason; returns the excused
     * elements with their status. Refuses reasons given for satisfied or unknown elements, so the record says
     * exactly what was excused.
     */
    private static Map<String, String> check(Engagement engagement, VerificationReport report, Map<String, String> reasons) {
        List<Problem.FieldError> problems = new ArrayList<>();
        Map<String, String> accepted = new LinkedHashMap<>();
        Map<String, ElementResult> byId = new LinkedHashMap<>();
        report.elements().forEach(e -> byId.put(e.id(), e));
        for (String id : reasons.keySet()) {
            ElementResult result = byId.get(id);
            if (result == null || !required(engagement, id)) {
                problems.add(new Problem.FieldError("exceptions." + id, "要素「" + id + "」はこの契約の確認対象ではありません。"));
            } else if (ElementResult.SATISFIED.equals(result.status())) {
                problems.add(new Problem.FieldError("exceptions." + id,
                        id + "（" + Element.byId(id).japaneseName() + "）は充足しているため例外は不要です。"));
            }
        }
        for (ElementResult result : byId.values()) {
            String id = result.id();
            if (!required(engagement, id) || ElementResult.SATISFIED.equals(result.status())) {
                continue;
            }
            String label = id + "（" + Element.byId(id).japaneseName() + "）は「" + ElementStatus.label(result.status()) + "」";
            if (engagement.kind == EngagementKind.DISPATCH && DISPATCH_ELEMENT.equals(id)) {
                problems.add(new Problem.FieldError("exceptions." + id, label
                        + "です。労働者派遣契約では派遣労働者の秘密保持を例外にできません。契約書案を修正してください。"));
            } else if (!reasons.containsKey(id)) {
                problems.add(new Problem.FieldError("exceptions." + id, label + "です。充足させるか、理由を付した例外を記録してください。"));
            } else {
                accepted.put(id, result.status());
            }
        }
        if (engagement.kind == EngagementKind.DISPATCH && !byId.containsKey(DISPATCH_ELEMENT)) {
            problems.add(new Problem.FieldError("exceptions." + DISPATCH_ELEMENT, "派遣労働者の秘密保持（D1）の検証結果がありません。"));
        }
        if (!problems.isEmpty()) {
            throw new ItakuException(409, "承認できません",
                    "充足していない要素があります（" + problems.size() + "件）。各要素の内容を確認してください。", problems);
        }
        return accepted;
    }

    private static boolean required(Engagement engagement, String elementId) {
        return ElementStatus.applies(engagement.kind, elementId);
    }

    private static Map<String, String> reasons(List<ExceptionRequest> exceptions) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (exceptions == null) {
            return reasons;
        }
        for (ExceptionRequest e : exceptions) {
            if (reasons.put(e.elementId(), e.reason()) != null) {
                throw ItakuException.invalid("exceptions", "要素「" + e.elementId() + "」の例外が重複しています。");
            }
        }
        return reasons;
    }
}
