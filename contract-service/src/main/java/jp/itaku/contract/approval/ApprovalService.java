package jp.itaku.contract.approval;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.contract.Actor;
import jp.itaku.contract.approval.model.ApprovalCheck;
import jp.itaku.contract.confirmation.ConfirmationService;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementService;
import jp.itaku.contract.engagement.EngagementState;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApprovalService {

    @Inject
    ItakuClock clock;

    @Inject
    EngagementService engagements;

    @Inject
    DraftService drafts;

    @Inject
    Actor actor;

    @Transactional
    public Approval approve(UUID engagementId, ApprovalRequest request) {
        Engagement engagement = engagements.lock(engagementId);
        Optional<ContractDraft> draft = ContractDraft.latest(engagementId);
        ApprovalCheck.mayApprove(engagement.state, draft.map(d -> d.version), request.draftVersion()).orThrow();
        ContractDraft latest = draft.orElseThrow();
        String confirmationGap = ConfirmationService.missingForApproval(engagementId);
        if (!confirmationGap.isEmpty()) {
            throw ItakuException.conflict(confirmationGap);
        }
        ApprovalCheck.Reasons given = ApprovalCheck.reasons(request.exceptions() == null ? List.of()
                : request.exceptions().stream().map(e -> new ApprovalCheck.Excuse(e.elementId(), e.reason())).toList());
        given.decision().orThrow();
        Map<String, String> reasons = given.byElement();
        ApprovalCheck.Outcome outcome = ApprovalCheck.check(engagement.kind, drafts.report(latest).elements(), reasons);
        outcome.decision().orThrow();
        Map<String, String> accepted = outcome.excused();

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
}
