package jp.itaku.common.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * SQL of {@code audit.access_record} (tables in {@code db/migration/R__itaku_access_records.sql}), on a connection
 * the caller owns: the service's transactional one, or the CLI's. Plain JDBC, so {@code ./itaku audit verify} runs
 * without a server.
 */
public final class AccessRecordStore {

    static final String COLUMNS = "id, tenant_id, seq, recorded_at, service, user_id, user_name, display_name, roles, "
            + "org_code, action, resource_type, resource_ids, path, query, row_count, outcome, status, client_address, "
            + "channel, bulk, bulk_reason, prev_hash, hash";

    private AccessRecordStore() {
    }

    private static final String APPEND = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0));\n"
            + "INSERT INTO audit.access_record (" + COLUMNS + ") SELECT ?::uuid, ?, h.seq + 1, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::integer, ?, ?::integer, ?, ?, ?::boolean, ?, "
            + "h.hash, encode(sha256(convert_to(h.hash || '|' || (h.seq + 1) || '|' || ?, 'UTF8')), 'hex') "
            + "FROM (SELECT seq, hash FROM ("
            + "(SELECT seq, hash, 1 AS o FROM audit.access_record WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1) "
            + "UNION ALL (SELECT through_seq, through_hash, 2 FROM audit.access_checkpoint WHERE tenant_id = ? "
            + "ORDER BY through_seq DESC LIMIT 1) "
            + "UNION ALL SELECT 0, '" + AccessChain.GENESIS + "', 3) x ORDER BY o LIMIT 1) h "
            + "RETURNING seq, prev_hash, hash";

    /**
     * Appends {@code r} at the head of its tenant's chain in one round trip: a transaction-level advisory lock per
     * tenant (held until the surrounding transaction ends, so two writers never chain onto the same head), then one
     * INSERT … SELECT that reads the head (or the pruning checkpoint, or the genesis) and computes the link
     * ({@link AccessChain#link}) from the content hash computed here. The lock is a statement of its own: under READ
     * COMMITTED the INSERT's snapshot is taken after the lock is held, so it sees the previous writer's row.
     */
    public static AccessRecord append(Connection c, AccessRecord r) throws SQLException {
        return append(c, r, APPEND);
    }

    /**
     * Appends {@code r} in a transaction of its own that begins and commits within the same single round trip
     * ({@code BEGIN}, the append, {@code COMMIT} sent together), on a connection in auto-commit mode that no other
     * transaction holds; the commit does not wait for the WAL flush ({@code synchronous_commit = off} for this
     * transaction only: only a crash of the database server itself within the WAL writer's delay, ~200 ms, could lose
     * the record; changes always commit synchronously with theirs). Returns only once the record is committed; on an
     * error the transaction is rolled back before the error is thrown, so the connection goes back to its pool clean.
     */
    public static AccessRecord appendCommitted(Connection c, AccessRecord r) throws SQLException {
        if (!c.getAutoCommit()) {
            throw new SQLException("appendCommitted needs a connection in auto-commit mode");
        }
        try {
            return append(c, r, "BEGIN;\nSET LOCAL synchronous_commit = off;\n" + APPEND + ";\nCOMMIT");
        } catch (SQLException e) {
            try (Statement rollback = c.createStatement()) {
                rollback.execute("ROLLBACK");
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    private static AccessRecord append(Connection c, AccessRecord r, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            ps.setString(++i, "itaku.access:" + r.tenantId());
            ps.setObject(++i, r.id());
            ps.setString(++i, r.tenantId());
            ps.setTimestamp(++i, Timestamp.from(r.recordedAt()));
            ps.setString(++i, r.service());
            ps.setString(++i, r.userId());
            ps.setString(++i, r.userName());
            ps.setString(++i, r.displayName());
            ps.setString(++i, r.roles());
            ps.setString(++i, r.orgCode());
            ps.setString(++i, r.action());
            ps.setString(++i, r.resourceType());
            ps.setString(++i, r.resourceIds());
            ps.setString(++i, r.path());
            ps.setString(++i, r.query());
            ps.setInt(++i, r.rowCount());
            ps.setString(++i, r.outcome());
            ps.setInt(++i, r.status());
            ps.setString(++i, r.clientAddress());
            ps.setString(++i, r.channel());
            ps.setBoolean(++i, r.bulk());
            if (r.bulkReason() == null) {
                ps.setNull(++i, Types.VARCHAR);
            } else {
                ps.setString(++i, r.bulkReason());
            }
            ps.setString(++i, AccessChain.contentHash(r));
            ps.setString(++i, r.tenantId());
            ps.setString(++i, r.tenantId());
            boolean isResult = ps.execute();
            while (true) {
                if (isResult) {
                    try (ResultSet rs = ps.getResultSet()) {
                        if (rs.getMetaData().getColumnCount() == 3 && rs.next()) {
                            return new AccessRecord(r.id(), r.tenantId(), rs.getLong(1), r.recordedAt(), r.service(),
                                    r.userId(), r.userName(), r.displayName(), r.roles(), r.orgCode(), r.action(),
                                    r.resourceType(), r.resourceIds(), r.path(), r.query(), r.rowCount(), r.outcome(),
                                    r.status(), r.clientAddress(), r.channel(), r.bulk(), r.bulkReason(),
                                    rs.getString(2), rs.getString(3));
                        }
                    }
                } else if (ps.getUpdateCount() == -1) {
                    throw new SQLException("access record was not appended");
                }
                isResult = ps.getMoreResults();
            }
        }
    }

    public static AccessRecord read(ResultSet rs) throws SQLException {
        return new AccessRecord(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getLong("seq"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("service"), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("display_name"), rs.getString("roles"),
                rs.getString("org_code"), rs.getString("action"), rs.getString("resource_type"),
                rs.getString("resource_ids"), rs.getString("path"), rs.getString("query"), rs.getInt("row_count"),
                rs.getString("outcome"), rs.getInt("status"), rs.getString("client_address"),
                rs.getString("channel"), rs.getBoolean("bulk"), rs.getString("bulk_reason"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** Streams a tenant's records in chain order (seq ascending). */
    public static void forEachInChain(Connection c, String tenant, Consumer<AccessRecord> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit.access_record WHERE tenant_id = ? ORDER BY seq, id")) {
            ps.setFetchSize(1000);
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(read(rs));
                }
            }
        }
    }

    public record Checkpoint(String tenantId, long throughSeq, String throughHash, Instant prunedBefore) {
    }

    public static Checkpoint latestCheckpoint(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT through_seq, through_hash, pruned_before "
                + "FROM audit.access_checkpoint WHERE tenant_id = ? ORDER BY through_seq DESC LIMIT 1")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Checkpoint(tenant, rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()) : null;
            }
        }
    }
}
