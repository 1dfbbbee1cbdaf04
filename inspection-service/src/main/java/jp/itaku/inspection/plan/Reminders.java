package jp.itaku.inspection.plan;

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
        List<String> tenants = em.createNativeQuery("select distinct tenant_id from inspection.plan_entry "
                        + "where status = 'OPEN' and due_on <= :soon")
                .setParameter("soon", today.plusDays(Notification.Kind.DUE_30.daysBefore)).getResultList();
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
        }
        return written;
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
