package jp.itaku.common.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Once a day, the head of every tenant's chain is written to {@code audit.access_anchor} (append-only) with an
 * HMAC signature whose key lives outside the database ({@link AccessConfig#anchorKey()}). Every service runs it; the
 * first one of the day wins, the others find the anchor there.
 */
@ApplicationScoped
public class AnchorWriter {

    private static final Logger LOG = Logger.getLogger(AnchorWriter.class);

    @Inject
    AccessRecorder recorder;

    @Inject
    AccessConfig config;

    @Inject
    ItakuClock clock;

    @Scheduled(cron = "{itaku.access.anchor-cron}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        try {
            int written = anchorAll();
            LOG.infof("access-record anchors written: %d", written);
        } catch (RuntimeException e) {
            LOG.error("access-record anchors could not be written", e);
        }
    }

    /** Anchors the current head of every tenant for today (if not anchored yet); returns how many were written. */
    public int anchorAll() {
        LocalDate today = clock.today();
        return QuarkusTransaction.requiringNew().call(() -> {
            int written = 0;
            try (Connection c = recorder.connection();
                 PreparedStatement heads = c.prepareStatement("SELECT DISTINCT ON (tenant_id) tenant_id, seq, hash "
                         + "FROM audit.access_record ORDER BY tenant_id, seq DESC");
                 ResultSet rs = heads.executeQuery()) {
                while (rs.next()) {
                    written += anchor(c, rs.getString(1), today, rs.getLong(2), rs.getString(3));
                }
            }
            return written;
        });
    }

    private int anchor(Connection c, String tenant, LocalDate date, long seq, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit.access_anchor (tenant_id, anchor_date, "
                + "head_seq, head_hash, signature, created_at) VALUES (?,?,?,?,?,?) "
                + "ON CONFLICT (tenant_id, anchor_date) DO NOTHING")) {
            ps.setString(1, tenant);
            ps.setObject(2, date);
            ps.setLong(3, seq);
            ps.setString(4, hash);
            ps.setString(5, ChainVerifier.sign(config.anchorKey(), tenant, date, seq, hash));
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            return ps.executeUpdate();
        }
    }
}
