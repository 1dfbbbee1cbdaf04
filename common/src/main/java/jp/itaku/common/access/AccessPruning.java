package jp.itaku.common.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import jp.itaku.common.time.ItakuClock;

/**
 * Retention (guideline 第6-3 一定の期間): removes a tenant's access records older than its retention period and
 * writes a checkpoint first — the last removed record's seq and hash — so the rest of the chain still verifies from
 * there. An operator's command ({@code ./itaku audit prune}), run with the database owner's rights: the application
 * itself holds no DELETE grant, and the trigger lets a DELETE through only for rows a checkpoint covers and only in
 * a session that says it prunes.
 */
public final class AccessPruning {

    public record Result(String tenantId, int retentionYears, Instant prunedBefore, long removed, long throughSeq) {
    }

    private AccessPruning() {
    }

    /** One transaction: checkpoint, then delete. {@code c} must not be in auto-commit mode. */
    public static Result prune(Connection c, String tenant, int defaultYears, Instant now, String by) throws SQLException {
        int years = defaultYears;
        try (PreparedStatement ps = c.prepareStatement("SELECT retention_years FROM audit.access_settings WHERE tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    years = rs.getInt(1);
                }
            }
        }
        Instant cutoff = ZonedDateTime.ofInstant(now, ItakuClock.TOKYO).minusYears(years).toInstant();
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "itaku.access:" + tenant);
            lock.execute();
        }
        long through = -1;
        String hash = null;
        // the longest prefix of the chain that is entirely older than the cutoff
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit.access_record WHERE tenant_id = ? "
                + "AND seq < coalesce((SELECT min(seq) FROM audit.access_record WHERE tenant_id = ? AND recorded_at >= ?), "
                + "9223372036854775807) ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, tenant);
            ps.setString(2, tenant);
            ps.setTimestamp(3, Timestamp.from(cutoff));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    through = rs.getLong(1);
                    hash = rs.getString(2);
                }
            }
        }
        if (hash == null) {
            return new Result(tenant, years, cutoff, 0, -1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit.access_checkpoint (tenant_id, through_seq, "
                + "through_hash, pruned_before, created_at, created_by) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, tenant);
            ps.setLong(2, through);
            ps.setString(3, hash);
            ps.setTimestamp(4, Timestamp.from(cutoff));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, by);
            ps.executeUpdate();
        }
        long removed;
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL itaku.audit_prune = 'on'");
            // the owner revoked its own DELETE grant (first lock); grant it for this transaction only
            s.execute("GRANT DELETE ON audit.access_record, audit.bulk_notice TO CURRENT_USER");
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM audit.access_record WHERE tenant_id = ? AND seq <= ?")) {
                ps.setString(1, tenant);
                ps.setLong(2, through);
                removed = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM audit.bulk_notice WHERE tenant_id = ? AND created_at < ?")) {
                ps.setString(1, tenant);
                ps.setTimestamp(2, Timestamp.from(cutoff));
                ps.executeUpdate();
            }
            s.execute("REVOKE DELETE ON audit.access_record, audit.bulk_notice FROM CURRENT_USER");
        }
        return new Result(tenant, years, cutoff, removed, through);
    }
}
