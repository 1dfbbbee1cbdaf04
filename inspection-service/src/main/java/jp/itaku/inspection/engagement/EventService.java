package jp.itaku.inspection.engagement;

import jp.itaku.api.EngagementEvent;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.PlanService;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventService {

    @Inject
    ItakuClock clock;

    @Inject
    PlanService plan;

    /** Applies the event once; answers false when this event id was applied before. */
    @Transactional
    public boolean apply(EngagementEvent event) {
        if (ReceivedEvent.findByIdOptional(event.eventId()).isPresent()) {
            return false;
        }
        // recorded first: a parallel delivery of the same event fails here, before doing anything twice
        ReceivedEvent received = new ReceivedEvent();
        received.eventId = event.eventId();
        received.type = event.type();
        received.engagementId = event.engagementId();
        received.receivedAt = clock.now();
        received.persist();
        ReceivedEvent.flush();
        if (EngagementEvent.APPROVED.equals(event.type())) {
            approved(event);
        } else {
            ended(event);
        }
        return true;
    }

    private void approved(EngagementEvent event) {
        requireApprovalFields(event);
        if (Engagement.findVisible(event.engagementId()).isPresent()) {
            // approved again under a new event id (e.g. re-sent by hand): the chain already exists
            return;
        }
        Engagement engagement = new Engagement();
        engagement.id = event.engagementId();
        engagement.title = event.title().strip();
        engagement.division = event.division();
        engagement.contractorId = event.contractorId();
        engagement.contractorName = event.contractorName().strip();
        engagement.orgCode = blankToNull(event.contractorOrg());
        engagement.sensitivity = event.sensitivity();
        engagement.periodStart = event.periodStart();
        engagement.periodEnd = event.periodEnd();
        engagement.approvedAt = event.approvedAt();
        engagement.approvedBy = event.approvedBy();
        engagement.status = Engagement.Status.ACTIVE;
        engagement.persist();

        // the engagement's approval is the prior approval of its contractor, the chain's root
        ChainNode root = ChainNode.root(UUID.randomUUID(), engagement.id);
        root.name = engagement.contractorName;
        root.orgCode = engagement.orgCode;
        root.status = ChainNode.Status.ACTIVE;
        root.requestedAt = event.approvedAt();
        root.requestedBy = event.approvedBy();
        root.decidedAt = event.approvedAt();
        root.decidedBy = event.approvedBy();
        root.persist();
        ChainNode.flush();
        plan.open(root, engagement, PlanEntry.InspectedBy.AGENCY, event.approvedBy());
    }

    private void ended(EngagementEvent event) {
        Engagement engagement = Engagement.findVisible(event.engagementId())
                .orElseThrow(() -> ItakuException.unprocessable("終了通知の委託案件が見つかりません（承認の通知が先に必要です）。"));
        if (engagement.status == Engagement.Status.ENDED) {
            return;
        }
        engagement.status = Engagement.Status.ENDED;
        engagement.endedAt = clock.now();
        List<UUID> nodes = ChainNode.<ChainNode>list("engagementId", engagement.id).stream().map(n -> n.id).toList();
        plan.end(nodes, "委託案件の終了");
    }

    private static void requireApprovalFields(EngagementEvent event) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(event.title())) {
            errors.add(new Problem.FieldError("title", "title を指定してください。"));
        }
        if (event.contractorId() == null) {
            errors.add(new Problem.FieldError("contractorId", "contractorId を指定してください。"));
        }
        if (blank(event.contractorName())) {
            errors.add(new Problem.FieldError("contractorName", "contractorName を指定してください。"));
        }
        if (event.sensitivity() == null) {
            errors.add(new Problem.FieldError("sensitivity", "sensitivity（HIGH・MEDIUM・LOW）を指定してください。"));
        }
        if (event.periodStart() == null || event.periodEnd() == null) {
            errors.add(new Problem.FieldError("periodStart", "periodStart と periodEnd を指定してください。"));
        } else if (event.periodEnd().isBefore(event.periodStart())) {
            errors.add(new Problem.FieldError("periodEnd", "periodEnd は periodStart 以降の日付を指定してください。"));
        }
        if (event.approvedAt() == null || blank(event.approvedBy())) {
            errors.add(new Problem.FieldError("approvedAt", "approvedAt と approvedBy を指定してください。"));
        }
        if (!errors.isEmpty()) {
            throw ItakuException.invalid(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
