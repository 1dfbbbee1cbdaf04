package jp.itaku.common.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Per-agency settings of {@code audit.access_settings}: bulk-download threshold and retention, set by the 総括. */
public final class AccessSettingsStore {

    public record Settings(String tenantId, int bulkThreshold, int retentionYears, Instant updatedAt, String updatedBy,
                           boolean isDefault) {
    }

    private AccessSettingsStore() {
    }

    public static Settings get(Connection c, String tenant, AccessConfig defaults) throws SQLException {
        return find(c, tenant).orElseGet(() -> new Settings(tenant, defaults.defaultBulkThreshold(),
                defaults.defaultRetentionYears(), null, null, true));
    }

    static Optional<Settings> find(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bulk_threshold, retention_years, updated_at, updated_by "
                + "FROM audit.access_settings WHERE tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Settings(tenant, rs.getInt(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), false));
            }
        }
    }

    public static void put(Connection c, String tenant, int bulkThreshold, int retentionYears, Instant at, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit.access_settings "
                + "(tenant_id, bulk_threshold, retention_years, updated_at, updated_by) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (tenant_id) DO UPDATE SET bulk_threshold = excluded.bulk_threshold, "
                + "retention_years = excluded.retention_years, updated_at = excluded.updated_at, "
                + "updated_by = excluded.updated_by")) {
            ps.setString(1, tenant);
            ps.setInt(2, bulkThreshold);
            ps.setInt(3, retentionYears);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, by);
            ps.executeUpdate();
        }
    }

    /** Rows this user exported or downloaded (allowed) in {@code [from, to)}. */
    public static long downloadedBetween(Connection c, String tenant, String userId, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(row_count), 0) FROM audit.access_record "
                + "WHERE tenant_id = ? AND user_id = ? AND action IN ('EXPORT', 'DOWNLOAD') AND outcome = 'ALLOWED' "
                + "AND recorded_at >= ? AND recorded_at < ?")) {
            ps.setString(1, tenant);
            ps.setString(2, userId);
            ps.setTimestamp(3, Timestamp.from(from));
            ps.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
