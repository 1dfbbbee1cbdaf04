package jp.itaku.common.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * S3: a notice to the agency's 保護管理者 that a user went past the bulk-download threshold, written in the same
 * transaction as the flagged access record ({@code audit.bulk_notice}, append-only like the records).
 */
public final class BulkNotice {

    public static final String RECIPIENT_ROLE = "protection-manager";

    private BulkNotice() {
    }

    static void insert(Connection c, AccessRecord r, long todayBefore, int threshold) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit.bulk_notice (id, tenant_id, record_id, "
                + "recipient_role, user_id, user_name, display_name, resource_type, row_count, today_total, threshold, "
                + "reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            ps.setObject(++i, UUID.randomUUID());
            ps.setString(++i, r.tenantId());
            ps.setObject(++i, r.id());
            ps.setString(++i, RECIPIENT_ROLE);
            ps.setString(++i, r.userId());
            ps.setString(++i, r.userName());
            ps.setString(++i, r.displayName());
            ps.setString(++i, r.resourceType());
            ps.setInt(++i, r.rowCount());
            ps.setLong(++i, todayBefore + r.rowCount());
            ps.setInt(++i, threshold);
            ps.setString(++i, r.bulkReason());
            ps.setTimestamp(++i, Timestamp.from(r.recordedAt()));
            ps.executeUpdate();
        }
    }
}
