package jp.itaku.inspection.plan;

import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.notice.NoticeMessages;
import jp.itaku.inspection.plan.model.InspectionPolicy;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records reminders 30, 7 and 1 days before an inspection is due and once it is overdue. Each reminder is
 * written once (unique per entry, kind and due date), so a run that was missed is caught up by the next one.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    ItakuClock clock;

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    EntityManager em;

    @Inject
    NoticeMessages notices;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    private io.micrometer.core.instrument.Counter runs;
    private io.micrometer.core.instrument.Counter written;

    @PostConstruct
    void counters() {
        runs = io.micrometer.core.instrument.Counter.builder("itaku.reminders.runs")
                .description("Runs of the inspection reminder job").register(registry);
        written = io.micrometer.core.instrument.Counter.builder("itaku.reminders.written")
                .description("Reminders written (new notifications)").register(registry);
    }

    @Scheduled(cron = "{itaku.reminders.cron}", timeZone = "Asia/Tokyo", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int written = run(clock.today());
        LOG.infof("inspection reminders: %d written", written);
    }

    /** Writes the reminders due on the given day for every tenant; answers how many were new. */
    public int run(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<String> tenants = em.createNativeQuery("select tenant_id from inspection.plan_entry "
                        + "where status = 'OPEN' and due_on <= :soon union select tenant_id from "
                        + "inspection.improvement_request where status = 'OPEN' and deadline <= :improvementSoon")
                .setParameter("soon", today.plusDays(Notification.Kind.DUE_30.daysBefore))
                .setParameter("improvementSoon", today.plusDays(ImprovementReminder.DUE_7.daysBefore))
                .getResultList();
        int count = 0;
        for (String tenant : tenants) {
            count += TenantContext.runAs(tenant, () -> remind(today, tenant));
        }
        runs.increment();
        written.increment(count);
        return count;
    }

    @Transactional
    int remind(LocalDate today, String tenant) {
        List<Tuple> rows = em.createQuery("select p, n, e from PlanEntry p join ChainNode n on n.id = p.nodeId "
                        + "join Engagement e on e.id = p.engagementId where p.status = :open and p.dueOn <= :soon", Tuple.class)
                .setParameter("open", PlanEntry.Status.OPEN)
                .setParameter("soon", today.plusDays(Notification.Kind.DUE_30.daysBefore))
                .getResultList();
        int written = 0;
        InspectionPolicy policy = TenantPolicy.current().policy();
        for (Tuple row : rows) {
            PlanEntry entry = row.get(0, PlanEntry.class);
            ChainNode node = row.get(1, ChainNode.class);
            Engagement engagement = row.get(2, Engagement.class);
            long daysLeft = ChronoUnit.DAYS.between(today, entry.dueOn);
            Notification.Kind kind = Notification.Kind.at(daysLeft).orElse(null);
            if (kind == null) {
                continue;
            }
            written += em.createNativeQuery("insert into inspection.notification (id, tenant_id, plan_entry_id, node_id, "
                            + "kind, due_on, recipient, message, created_at) values (:id, :tenant, :entry, :node, :kind, :due, "
                            + ":recipient, :message, :now) on conflict (plan_entry_id, kind, due_on) do nothing")
                    .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant)
                    .setParameter("entry", entry.id).setParameter("node", node.id).setParameter("kind", kind.name())
                    .setParameter("due", entry.dueOn).setParameter("recipient", entry.assignee)
                    .setParameter("message", message(kind, entry, node, engagement, daysLeft))
                    .setParameter("now", clock.now())
                    .executeUpdate();
            if (policy.selfReportSatisfies(engagement.sensitivity) && node.orgCode != null) {
                requestSelfReport(entry, node, engagement);
            }
        }
        return written + remindImprovements(today);
    }

    /**
     * Where the agency's policy lets a self-report stand in for the inspection, the contractor's users are asked for
     * it once per due date, with the first reminder (30 days before, or the first run after that).
     */
    private void requestSelfReport(PlanEntry entry, ChainNode node, Engagement engagement) {
        String subject = "自己点検報告の提出のお願い：" + engagement.title;
        String body = "「" + engagement.title + "」の" + node.name + "について、" + JapaneseDates.wareki(entry.dueOn)
                + "までに自己点検報告を提出してください。受け付けられた報告は、この期の検査に代わります。";
        notices.post(NoticeMessages.Kind.SELF_REPORT_REQUESTED, entry.id, entry.dueOn,
                NoticeMessages.Audience.ORG, node.orgCode, subject, body, "/self-reports");
    }

    /** 改善要求の期限: 7 days and 1 day before, and once overdue — to the contractor's users and the inspector who asked. */
    private int remindImprovements(LocalDate today) {
        List<Tuple> rows = em.createQuery("select r, n, e from ImprovementRequest r join ChainNode n on n.id = r.nodeId "
                        + "join Engagement e on e.id = n.engagementId where r.status = :open and r.deadline <= :soon",
                        Tuple.class)
                .setParameter("open", ImprovementRequest.Status.OPEN)
                .setParameter("soon", today.plusDays(ImprovementReminder.DUE_7.daysBefore))
                .getResultList();
        int written = 0;
        for (Tuple row : rows) {
            ImprovementRequest request = row.get(0, ImprovementRequest.class);
            ChainNode node = row.get(1, ChainNode.class);
            Engagement engagement = row.get(2, Engagement.class);
            ImprovementReminder reminder = ImprovementReminder.at(ChronoUnit.DAYS.between(today, request.deadline));
            String deadline = JapaneseDates.wareki(request.deadline);
            String subject = reminder.subject(node.name);
            String body = "「" + engagement.title + "」の" + node.name + "への改善要求（" + request.description + "）の期限は"
                    + deadline + "です。" + (reminder == ImprovementReminder.OVERDUE
                    ? "期限を過ぎています。速やかに改善状況を回答してください。"
                    : "期限までに改善状況を回答してください。");
            if (node.orgCode != null && notices.post(reminder.kind, request.id, request.deadline,
                    NoticeMessages.Audience.ORG, node.orgCode, subject, body, "/improvements")) {
                written++;
            }
            if (request.createdBy != null && notices.post(reminder.kind, request.id, request.deadline,
                    NoticeMessages.Audience.USER, request.createdBy, subject, body, "/improvements")) {
                written++;
            }
        }
        return written;
    }

    /** The improvement-deadline notice due so many days before the deadline (the most urgent one that applies). */
    enum ImprovementReminder {
        DUE_7(7, NoticeMessages.Kind.IMPROVEMENT_DUE_7), DUE_1(1, NoticeMessages.Kind.IMPROVEMENT_DUE_1),
        OVERDUE(-1, NoticeMessages.Kind.IMPROVEMENT_OVERDUE);

        final int daysBefore;
        final NoticeMessages.Kind kind;

        ImprovementReminder(int daysBefore, NoticeMessages.Kind kind) {
            this.daysBefore = daysBefore;
            this.kind = kind;
        }

        static ImprovementReminder at(long daysLeft) {
            return daysLeft < 0 ? OVERDUE : daysLeft <= 1 ? DUE_1 : DUE_7;
        }

        String subject(String node) {
            return this == OVERDUE ? "改善要求の期限を過ぎています：" + node
                    : "改善要求の期限まであと" + daysBefore + "日：" + node;
        }
    }

    private static String message(Notification.Kind kind, PlanEntry entry, ChainNode node, Engagement engagement,
                                  long daysLeft) {
        String subject = "「" + engagement.title + "」の" + node.name;
        String due = JapaneseDates.wareki(entry.dueOn);
        return kind == Notification.Kind.OVERDUE
                ? subject + "の検査期限（" + due + "）を過ぎています。速やかに検査を実施してください。"
                : subject + "の検査期限（" + due + "）まであと" + daysLeft + "日です。";
    }
}
