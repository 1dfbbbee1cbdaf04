package jp.itaku.inspection.incident;

import jp.itaku.inspection.notice.NoticeMessages;

import jakarta.inject.Inject;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The agency's reporting line for an incident (guideline 第9): the 保護管理者 is notified at once (受付); the 総括保護管理者
 * at once too when the incident is reportable to the PPC or concerns more than 100 people; each step is acknowledged
 * by its recipient, and a step left unacknowledged longer than {@code itaku.incidents.acknowledge-within} is
 * escalated once to the 総括.
 *
 * <p>"Notify" writes an {@link IncidentNotice} shown in the portal and a {@link NoticeMessages mail notice} to every
 * registered holder of the role, in the same transaction.
 */
@ApplicationScoped
public class Escalation {

    private static final Logger LOG = Logger.getLogger(Escalation.class);
    static final String SYSTEM = "Itaku（自動）";

    @Inject
    Caller caller;

    @Inject
    ItakuClock clock;

    @Inject
    IncidentConfig config;

    @Inject
    EntityManager em;

    @Inject
    NoticeMessages notices;

    @Transactional(Transactional.TxType.MANDATORY)
    void start(Incident incident, ChainNode node, Engagement engagement) {
        String where = engagement.title + "／" + node.name;
        step(incident, EscalationStep.Step.RECEIPT, SYSTEM);
        notify(incident, Roles.PROTECTION_MANAGER, IncidentNotice.Kind.NEW,
                "事故等の報告がありました（" + where + "）：" + incident.title + "。受付を確認してください。");
        if (needsChief(incident)) {
            toChiefAtOnce(incident, where);
        }
    }

    /** After an update: a newly reportable incident (or one now over 100 people) goes to the 総括 at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Incident incident, boolean crossedHundred) {
        if (crossedHundred) {
            notify(incident, Roles.CHIEF_PROTECTION_MANAGER, IncidentNotice.Kind.OVER_HUNDRED,
                    "本人の数が百人を超えました（" + incident.affectedCount + "人）：" + incident.title);
        }
        if (needsChief(incident) && EscalationStep.of(incident.id, EscalationStep.Step.TO_CHIEF).isEmpty()) {
            toChiefAtOnce(incident, incident.title);
        }
    }

    private static boolean needsChief(Incident incident) {
        return incident.reportable || (incident.affectedCount != null && incident.affectedCount > 100);
    }

    private void toChiefAtOnce(Incident incident, String where) {
        step(incident, EscalationStep.Step.TO_CHIEF, SYSTEM);
        notify(incident, Roles.CHIEF_PROTECTION_MANAGER, IncidentNotice.Kind.REPORTABLE,
                "個人情報保護委員会への報告対象となる事故等です（" + where + "）：" + incident.title
                        + "。速報期限 " + incident.quickDue + "、確報期限 " + incident.finalDue + "。");
    }

    /** 総括へ報告 by the 保護管理者, or 長へ報告 by the 総括. */
    @Transactional(Transactional.TxType.MANDATORY)
    EscalationStep request(Incident incident, EscalationStep.Step step, String note) {
        if (step == EscalationStep.Step.RECEIPT) {
            throw ItakuException.invalid("step", "受付は事故等の報告と同時に作成されます。");
        }
        String needed = step == EscalationStep.Step.TO_CHIEF ? Roles.PROTECTION_MANAGER : Roles.CHIEF_PROTECTION_MANAGER;
        if (!caller.hasRole(needed)) {
            throw ItakuException.forbidden(step.label + "は" + (step == EscalationStep.Step.TO_CHIEF ? "保護管理者" : "総括保護管理者")
                    + "が行います。");
        }
        if (EscalationStep.of(incident.id, step).isPresent()) {
            throw ItakuException.conflict(step.label + "はすでに行われています。");
        }
        if (step == EscalationStep.Step.TO_HEAD && EscalationStep.of(incident.id, EscalationStep.Step.TO_CHIEF)
                .map(s -> s.acknowledgedAt == null).orElse(true)) {
            throw ItakuException.conflict("総括保護管理者が報告を確認してから、機関の長へ報告してください。");
        }
        EscalationStep created = step(incident, step, caller.userName());
        created.note = IncidentService.blankToNull(note);
        notify(incident, step.recipientRole, IncidentNotice.Kind.STEP,
                step.label + "がありました：" + incident.title + "。確認してください。");
        return created;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    EscalationStep acknowledge(Incident incident, EscalationStep.Step step, String note) {
        EscalationStep s = EscalationStep.of(incident.id, step)
                .orElseThrow(() -> ItakuException.conflict(step.label + "はまだ行われていません。"));
        if (!caller.hasRole(step.recipientRole)) {
            throw ItakuException.forbidden(step.label + "の確認は" + step.recipientLabel + "が行います。");
        }
        if (s.acknowledgedAt != null) {
            throw ItakuException.conflict(step.label + "はすでに確認されています（" + s.acknowledgedBy + "）。");
        }
        s.acknowledgedAt = clock.now();
        s.acknowledgedBy = caller.userName();
        if (note != null && !note.isBlank()) {
            s.note = s.note == null ? note.strip() : s.note + "\n" + note.strip();
        }
        timeline(incident, "ACK_" + step.name(), step.label + "を確認しました（" + step.recipientLabel + "）。", s.acknowledgedBy);
        return s;
    }

    private EscalationStep step(Incident incident, EscalationStep.Step step, String by) {
        OffsetDateTime now = clock.now();
        EscalationStep s = new EscalationStep();
        s.id = UUID.randomUUID();
        s.incidentId = incident.id;
        s.nodeId = incident.nodeId;
        s.step = step;
        s.recipientRole = step.recipientRole;
        s.requestedAt = now;
        s.requestedBy = by;
        s.acknowledgeBy = now.plus(config.acknowledgeWithin());
        s.persist();
        timeline(incident, "STEP_" + step.name(), step.label + "（" + step.recipientLabel + "へ）", by);
        return s;
    }

    /** The notice in the portal; the seam for a mail to the role's recipients once a mail facility exists. */
    void notify(Incident incident, String role, IncidentNotice.Kind kind, String message) {
        IncidentNotice notice = new IncidentNotice();
        notice.id = UUID.randomUUID();
        notice.incidentId = incident.id;
        notice.nodeId = incident.nodeId;
        notice.recipientRole = role;
        notice.kind = kind;
        notice.message = message;
        notice.createdAt = clock.now();
        notice.persist();
        // and by mail to every registered holder of the role (at once or in their digest, as each chose)
        notices.post(NoticeMessages.Kind.INCIDENT, notice.id, clock.today(),
                NoticeMessages.Audience.ROLE, role, MAIL_SUBJECTS.get(kind) + "：" + incident.title, message,
                "/incidents/" + incident.id);
    }

    /** the mail's subject line per kind of notice (the notice's own text is the body) */
    private static final java.util.Map<IncidentNotice.Kind, String> MAIL_SUBJECTS = java.util.Map.of(
            IncidentNotice.Kind.NEW, "事故等の報告がありました",
            IncidentNotice.Kind.REPORTABLE, "個人情報保護委員会への報告対象の事故等",
            IncidentNotice.Kind.OVER_HUNDRED, "事故等の本人が百人を超えました",
            IncidentNotice.Kind.STEP, "事故等の対応の確認をお願いします",
            IncidentNotice.Kind.ESCALATED, "事故等の対応が確認されていません（上申）");

    private void timeline(Incident incident, String kind, String text, String actor) {
        IncidentEvent event = new IncidentEvent();
        event.id = UUID.randomUUID();
        event.incidentId = incident.id;
        event.nodeId = incident.nodeId;
        event.at = clock.now();
        event.actor = actor;
        event.kind = kind;
        event.text = text;
        event.persist();
    }

    @Scheduled(every = "{itaku.incidents.escalation-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int escalated = escalateOverdue();
        if (escalated > 0) {
            LOG.infof("incident steps escalated: %d", escalated);
        }
    }

    /** Escalates every step left unacknowledged past its time, in every tenant; answers how many. */
    public int escalateOverdue() {
        @SuppressWarnings("unchecked")
        List<String> tenants = em.createNativeQuery("select distinct tenant_id from inspection.incident_step "
                        + "where acknowledged_at is null and escalated_at is null and acknowledge_by <= :now")
                .setParameter("now", clock.now()).getResultList();
        int escalated = 0;
        for (String tenant : tenants) {
            escalated += TenantContext.runAs(tenant, this::escalateInTenant);
        }
        return escalated;
    }

    @Transactional
    int escalateInTenant() {
        OffsetDateTime now = clock.now();
        List<EscalationStep> late = EscalationStep.list(
                "acknowledgedAt is null and escalatedAt is null and acknowledgeBy <= ?1", now);
        for (EscalationStep s : late) {
            s.escalatedAt = now;
            Incident incident = Incident.findVisible(s.incidentId).orElseThrow();
            long hours = java.time.Duration.between(s.requestedAt, now).toHours();
            notify(incident, Roles.CHIEF_PROTECTION_MANAGER, IncidentNotice.Kind.ESCALATED,
                    s.step.label + "が" + hours + "時間確認されていません（" + s.step.recipientLabel + "）：" + incident.title);
            timeline(incident, "ESCALATED", s.step.label + "が確認されないため、総括保護管理者へ通知しました。", SYSTEM);
        }
        return late.size();
    }
}
