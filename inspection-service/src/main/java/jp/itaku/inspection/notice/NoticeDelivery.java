package jp.itaku.inspection.notice;

import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.itaku.common.mail.Delivery;
import jp.itaku.common.mail.Notice;
import jp.itaku.common.mail.NoticeMailer;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.plan.Notification;
import org.jboss.logging.Logger;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mails the recorded reminders ({@link Notification}) to the people they concern: the assigned inspector, or every
 * inspector of the agency when none is assigned — and the other notices ({@link NoticeMessages}: improvement
 * deadlines, self-report requests, the incident reporting line) to their audience — each as that person chose in their notice settings: at once
 * (job every {@code itaku.notices.immediate-every}) or in one digest a day ({@code itaku.notices.digest-cron}).
 * A (notification, person) pair is claimed before the mail goes out and released if the SMTP server refuses it,
 * so every reminder reaches every person once, also with several replicas.
 */
@ApplicationScoped
public class NoticeDelivery {

    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    @Inject
    EntityManager em;

    @Inject
    NoticeMailer mailer;

    @Inject
    ItakuClock clock;

    @Inject
    @Location("notice/reminder.txt")
    Template reminder;

    /** One notice for one person: a plan reminder ({@code notification}) or another notice ({@code notice_message}). */
    record Pending(Source source, UUID id, String tenant, String username, String email, Notice notice) {
    }

    /** where a pending notice is recorded, and where its delivery to a person is claimed */
    enum Source {
        REMINDER("inspection.notification_mail", "notification_id"),
        MESSAGE("inspection.notice_message_mail", "message_id");

        final String claims;
        final String column;

        Source(String claims, String column) {
            this.claims = claims;
            this.column = column;
        }
    }

    @Scheduled(every = "{itaku.notices.immediate-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void immediateJob() {
        deliver(Delivery.IMMEDIATE);
    }

    @Scheduled(cron = "{itaku.notices.digest-cron}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digestJob() {
        deliver(Delivery.DAILY_DIGEST);
    }

    /** Sends what is pending for the people who chose {@code delivery}; answers how many mails went out. */
    public int deliver(Delivery delivery) {
        Map<String, List<Pending>> byPerson = new LinkedHashMap<>();
        for (Pending p : pending(delivery)) {
            byPerson.computeIfAbsent(p.tenant() + "\u0000" + p.username(), k -> new ArrayList<>()).add(p);
        }
        int mails = 0;
        for (List<Pending> items : byPerson.values()) {
            if (delivery == Delivery.IMMEDIATE) {
                for (Pending p : items) {
                    mails += send(List.of(p), () -> mailer.send(p.email(), p.notice()));
                }
            } else {
                Pending first = items.get(0);
                mails += send(items, () -> mailer.sendDigest(first.email(), clock.today(),
                        items.stream().map(Pending::notice).toList()));
            }
        }
        if (mails > 0) {
            LOG.infof("notice mails (%s): %d sent", delivery, mails);
        }
        return mails;
    }

    private int send(List<Pending> items, Runnable mail) {
        List<Pending> claimed = QuarkusTransaction.requiringNew().call(() -> items.stream().filter(this::claim).toList());
        if (claimed.size() != items.size()) {
            // another replica took some of them: leave those to it, release ours, try again next run
            QuarkusTransaction.requiringNew().run(() -> claimed.forEach(this::release));
            return 0;
        }
        try {
            mail.run();
            return 1;
        } catch (RuntimeException e) {
            LOG.warnf("notice mail to %s not sent (will retry): %s", items.get(0).username(), e.toString());
            QuarkusTransaction.requiringNew().run(() -> claimed.forEach(this::release));
            return 0;
        }
    }

    private boolean claim(Pending p) {
        return em.createNativeQuery("insert into " + p.source().claims + " (" + p.source().column + ", username, "
                        + "tenant_id, sent_at) values (:n, :u, :t, :now) on conflict do nothing")
                .setParameter("n", p.id()).setParameter("u", p.username()).setParameter("t", p.tenant())
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate() == 1;
    }

    private void release(Pending p) {
        em.createNativeQuery("delete from " + p.source().claims + " where " + p.source().column + " = :n and username = :u")
                .setParameter("n", p.id()).setParameter("u", p.username()).executeUpdate();
    }

    /** Every notice not yet mailed to a person who wants it delivered this way (all tenants: system work). */
    List<Pending> pending(Delivery delivery) {
        List<Pending> all = new ArrayList<>(reminders(delivery));
        all.addAll(messages(delivery));
        return all;
    }

    /**
     * The other notices ({@code notice_message}): to the user named, to every registered user of a contractor's
     * organisation, or to every registered agency member holding a role.
     */
    private List<Pending> messages(Delivery delivery) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select m.id, m.tenant_id, r.username, r.email, m.subject, m.body, m.link
                from inspection.notice_message m
                join inspection.notice_recipient r on r.tenant_id = m.tenant_id and r.delivery = :delivery
                     and ((m.audience_kind = 'USER' and r.username = m.audience)
                       or (m.audience_kind = 'ORG' and r.org_code = m.audience)
                       or (m.audience_kind = 'ROLE' and r.org_code is null
                           and position(',' || m.audience || ',' in ',' || r.roles || ',') > 0))
                where not exists (select 1 from inspection.notice_message_mail x
                                  where x.message_id = m.id and x.username = r.username)
                order by m.tenant_id, r.username, m.created_at
                """).setParameter("delivery", delivery.name()).getResultList());
        return rows.stream().map(r -> new Pending(Source.MESSAGE, (UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], new Notice((String) r[4], (String) r[5], (String) r[6]))).toList();
    }

    /** The plan's inspection reminders: to the assigned inspector, or every inspector when none is assigned. */
    private List<Pending> reminders(Delivery delivery) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select n.id, n.tenant_id, r.username, r.email, n.kind, n.due_on, n.message, e.title, c.name
                from inspection.notification n
                join inspection.notice_recipient r on r.tenant_id = n.tenant_id and r.delivery = :delivery
                     and (n.recipient = r.username or (n.recipient is null and r.inspector))
                join inspection.chain_node c on c.id = n.node_id
                join inspection.engagement e on e.id = c.engagement_id
                where not exists (select 1 from inspection.notification_mail m
                                  where m.notification_id = n.id and m.username = r.username)
                order by n.tenant_id, r.username, n.due_on, n.created_at
                """).setParameter("delivery", delivery.name()).getResultList());
        return rows.stream().map(r -> {
            Notification.Kind kind = Notification.Kind.valueOf((String) r[4]);
            LocalDate due = r[5] instanceof Date d ? d.toLocalDate() : (LocalDate) r[5];
            String subject = kind == Notification.Kind.OVERDUE
                    ? "検査期限を過ぎています：" + r[8]
                    : "検査期限まであと" + kind.daysBefore + "日：" + r[8];
            String body = reminder.data("message", r[6]).data("engagement", r[7]).data("node", r[8])
                    .data("due", JapaneseDates.wareki(due)).data("overdue", kind == Notification.Kind.OVERDUE).render();
            return new Pending(Source.REMINDER, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    new Notice(subject, body, "/plan"));
        }).toList();
    }
}
