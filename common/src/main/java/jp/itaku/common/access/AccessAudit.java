package jp.itaku.common.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What auditors and the 総括 read about access records, always of the caller's own tenant (from the token): the
 * records with filters, the chain's verification, the settings, the bulk-download notices. The HTTP resource lives in
 * one service (contract-service, {@code /api/contracts/audit}), since every service writes to the same tables.
 */
@ApplicationScoped
public class AccessAudit {

    @Inject
    AccessRecorder recorder;

    @Inject
    AccessConfig config;

    @Inject
    ItakuClock clock;

    public record Filter(LocalDate from, LocalDate to, String user, AccessAction action, AccessOutcome outcome,
                         String type, Boolean bulk) {
    }

    public record BulkNoticeView(String userId, String userName, String displayName, String resourceType, int rows,
                                 long todayTotal, int threshold, String reason, Instant createdAt, String recordId) {
    }

    public PageResult<AccessRecord> records(Filter f, int page, int size) {
        String tenant = tenant();
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(tenant);
        if (f.from() != null) {
            where.append(" AND recorded_at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(ItakuClock.TOKYO).toInstant()));
        }
        if (f.to() != null) {
            where.append(" AND recorded_at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(ItakuClock.TOKYO).toInstant()));
        }
        if (f.user() != null && !f.user().isBlank()) {
            where.append(" AND (user_name = ? OR user_id = ?)");
            args.add(f.user().strip());
            args.add(f.user().strip());
        }
        if (f.action() != null) {
            where.append(" AND action = ?");
            args.add(f.action().name());
        }
        if (f.outcome() != null) {
            where.append(" AND outcome = ?");
            args.add(f.outcome().name());
        }
        if (f.type() != null && !f.type().isBlank()) {
            where.append(" AND resource_type = ?");
            args.add(f.type().strip());
        }
        if (f.bulk() != null) {
            where.append(" AND bulk = ?");
            args.add(f.bulk());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = recorder.connection()) {
                long total;
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit.access_record" + where)) {
                    bind(ps, args);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
                List<AccessRecord> items = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + AccessRecordStore.COLUMNS
                        + " FROM audit.access_record" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                    int i = bind(ps, args);
                    ps.setInt(++i, size);
                    ps.setLong(++i, (long) page * size);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.add(AccessRecordStore.read(rs));
                        }
                    }
                }
                return new PageResult<>(items, page, size, total, "seq,desc");
            }
        });
    }

    public ChainVerifier.Report verify() {
        String tenant = tenant();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = recorder.connection()) {
                return new ChainVerifier(config.anchorKey()).verify(c, tenant, clock.instant());
            }
        });
    }

    public AccessSettingsStore.Settings settings() {
        String tenant = tenant();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = recorder.connection()) {
                return AccessSettingsStore.get(c, tenant, config);
            }
        });
    }

    public AccessSettingsStore.Settings updateSettings(int bulkThreshold, int retentionYears, String by) {
        if (bulkThreshold < 1 || bulkThreshold > 10_000_000) {
            throw ItakuException.invalid("bulkThreshold", "大量ダウンロードの閾値は1以上10,000,000以下の件数で入力してください。");
        }
        if (retentionYears < 1 || retentionYears > 30) {
            throw ItakuException.invalid("retentionYears", "保存期間は1年以上30年以下で入力してください。");
        }
        String tenant = tenant();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = recorder.connection()) {
                AccessSettingsStore.put(c, tenant, bulkThreshold, retentionYears, clock.instant(), by);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return settings();
    }

    public List<BulkNoticeView> bulkNotices(int limit) {
        String tenant = tenant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<BulkNoticeView> list = new ArrayList<>();
            try (Connection c = recorder.connection();
                 PreparedStatement ps = c.prepareStatement("SELECT user_id, user_name, display_name, resource_type, "
                         + "row_count, today_total, threshold, reason, created_at, record_id FROM audit.bulk_notice "
                         + "WHERE tenant_id = ? ORDER BY created_at DESC LIMIT ?")) {
                ps.setString(1, tenant);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new BulkNoticeView(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getInt(7), rs.getString(8),
                                rs.getTimestamp(9).toInstant(), rs.getString(10)));
                    }
                }
            }
            return list;
        });
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 0;
        for (Object a : args) {
            ps.setObject(++i, a);
        }
        return i;
    }

    private static String tenant() {
        String tenant = TenantContext.currentTenant();
        if (tenant == null || TenantContext.NO_TENANT.equals(tenant)) {
            throw ItakuException.forbidden("機関に所属する利用者だけがアクセス記録を参照できます。");
        }
        return tenant;
    }
}
