package jp.itaku.contract.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.itaku.common.access.ResourceLabels;
import jp.itaku.common.mail.Notice;
import jp.itaku.common.mail.NoticeMailer;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.onboarding.Person;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * S3: mails each bulk-download notice ({@code audit.bulk_notice}, written with the flagged access record by whichever
 * service served the export) to the agency's 保護管理者 ({@link ProtectionManagers}). Runs every
 * {@code itaku.bulk-notices.every}; a notice is mailed once per manager (claimed in {@code bulk_notice_mail} before
 * sending, released when the SMTP server refuses), notices older than {@code itaku.bulk-notices.within} are not news
 * any more and are left alone. A Keycloak that cannot be reached postpones the tenant's notices to the next run.
 */
@ApplicationScoped
public class BulkNoticeMail {

    private static final Logger LOG = Logger.getLogger(BulkNoticeMail.class);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm");

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final ProtectionManagers managers;
    private final NoticeMailer mailer;
    private final ItakuClock clock;
    private final Template template;
    private final Duration within;

    BulkNoticeMail(AgroalDataSource dataSource, EntityManager em, ProtectionManagers managers, NoticeMailer mailer,
                   ItakuClock clock, @Location("audit/bulk-notice.txt") Template template, BulkNoticeConfig config) {
        this.dataSource = dataSource;
        this.em = em;
        this.managers = managers;
        this.mailer = mailer;
        this.clock = clock;
        this.template = template;
        this.within = config.within();
    }

    record Pending(UUID id, String tenant, String userName, String displayName, String resource, int rows,
                   long total, int threshold, String reason, Instant at) {
    }

    @Scheduled(every = "{itaku.bulk-notices.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        for (String tenant : tenantsWithPending()) {
            deliverFor(tenant);
        }
    }

    /** Mails the tenant's pending notices; answers how many mails went out. */
    public int deliverFor(String tenant) {
        List<Pending> pending = pending(tenant);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Person> recipients;
        try {
            recipients = managers.of(tenant);
        } catch (ItakuException e) {
            LOG.warnf("bulk-download notices of %s postponed: %s", tenant, e.getMessage());
            return 0;
        }
        if (recipients.isEmpty()) {
            LOG.warnf("bulk-download notices of %s: the agency has no 保護管理者 with an address", tenant);
            return 0;
        }
        int sent = 0;
        for (Pending p : pending) {
            for (Person manager : recipients) {
                if (!claim(p, manager)) {
                    continue;
                }
                try {
                    mailer.send(manager.email(), notice(p));
                    sent++;
                } catch (RuntimeException e) {
                    LOG.warnf("bulk-download notice to %s not sent (will retry): %s", manager.username(), e.toString());
                    release(p, manager);
                }
            }
        }
        return sent;
    }

    Notice notice(Pending p) {
        String who = p.displayName() == null || p.displayName().isBlank() ? p.userName() : p.displayName();
        String body = template.data("displayName", who).data("userName", p.userName())
                .data("resource", ResourceLabels.of(p.resource())).data("rows", String.format("%,d", p.rows()))
                .data("total", String.format("%,d", p.total())).data("threshold", String.format("%,d", p.threshold()))
                .data("at", AT.format(p.at().atZone(ItakuClock.TOKYO))).data("reason", p.reason()).render();
        return new Notice("大量ダウンロードの通知：" + who + "（" + String.format("%,d", p.rows()) + "件）", body, "/audit");
    }

    private List<String> tenantsWithPending() {
        return query("SELECT DISTINCT n.tenant_id FROM audit.bulk_notice n WHERE n.created_at >= ? " + NOT_MAILED,
                null, rs -> rs.getString(1));
    }

    List<Pending> pending(String tenant) {
        return query("SELECT n.id, n.tenant_id, n.user_name, n.display_name, n.resource_type, n.row_count, "
                        + "n.today_total, n.threshold, n.reason, n.created_at FROM audit.bulk_notice n "
                        + "WHERE n.created_at >= ? AND n.tenant_id = ? " + NOT_MAILED + " ORDER BY n.created_at",
                tenant, rs -> new Pending((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getLong(7), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()));
    }

    /** Not yet mailed to anyone: a notice partly mailed (one manager refused by SMTP) is retried per manager. */
    private static final String NOT_MAILED = "AND (SELECT count(*) FROM contract.bulk_notice_mail m "
            + "WHERE m.notice_id = n.id) = 0";

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, String tenant, Row<T> row) {
        Instant since = clock.instant().minus(within);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(since));
            if (tenant != null) {
                ps.setString(2, tenant);
            }
            List<T> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(row.read(rs));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("bulk notices unreadable", e);
        }
    }

    private boolean claim(Pending p, Person manager) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "insert into contract.bulk_notice_mail (notice_id, username, tenant_id, sent_at) "
                                + "values (:n, :u, :t, :now) on conflict do nothing")
                .setParameter("n", p.id()).setParameter("u", manager.username()).setParameter("t", p.tenant())
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate() == 1);
    }

    private void release(Pending p, Person manager) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from contract.bulk_notice_mail where notice_id = :n and username = :u")
                .setParameter("n", p.id()).setParameter("u", manager.username()).executeUpdate());
    }
}
