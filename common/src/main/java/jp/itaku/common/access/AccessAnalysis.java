package jp.itaku.common.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly analysis of an agency's access records (guideline 第6-4 分析): accesses by user, off-hours access
 * (before {@value #DAY_STARTS}:00, from {@value #DAY_ENDS}:00, Saturdays and Sundays, Asia/Tokyo), denied attempts,
 * bulk downloads, and any access by platform staff (which must be none).
 */
@ApplicationScoped
public class AccessAnalysis {

    public static final int DAY_STARTS = 8;
    public static final int DAY_ENDS = 20;
    static final int LIST_LIMIT = 100;
    /** Off hours, in SQL over {@code recorded_at} in Tokyo time. */
    static final String OFF_HOURS = "(extract(hour FROM recorded_at AT TIME ZONE 'Asia/Tokyo') < " + DAY_STARTS
            + " OR extract(hour FROM recorded_at AT TIME ZONE 'Asia/Tokyo') >= " + DAY_ENDS
            + " OR extract(isodow FROM recorded_at AT TIME ZONE 'Asia/Tokyo') >= 6)";

    @Inject
    AccessRecorder recorder;

    @Inject
    ItakuClock clock;

    public record UserLine(String userName, String displayName, String roles, long accesses, long rows, long exports,
                           long denied, long offHours, long bulk) {
    }

    public record Analysis(String tenantId, YearMonth month, long total, long denied, long offHours, long bulk,
                           long platformStaff, List<UserLine> users, List<AccessRecord> deniedRecords,
                           List<AccessRecord> offHoursRecords, List<AccessRecord> bulkRecords,
                           List<AccessRecord> platformRecords, Instant createdAt) {
    }

    public static YearMonth month(String value, ItakuClock clock) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ItakuException.invalid("month", "対象月は YYYY-MM の形式で指定してください（" + value + "）。");
        }
    }

    public Analysis of(YearMonth month) {
        String tenant = TenantContext.currentTenant();
        if (tenant == null || TenantContext.NO_TENANT.equals(tenant)) {
            throw ItakuException.forbidden("機関に所属する利用者だけがアクセス記録を参照できます。");
        }
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(ItakuClock.TOKYO).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ItakuClock.TOKYO).toInstant());
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = recorder.connection()) {
                String base = " FROM audit.access_record WHERE tenant_id = ? AND recorded_at >= ? AND recorded_at < ?";
                long total = count(c, base, tenant, from, to);
                long denied = count(c, base + " AND outcome = 'DENIED'", tenant, from, to);
                long off = count(c, base + " AND " + OFF_HOURS, tenant, from, to);
                long bulk = count(c, base + " AND bulk", tenant, from, to);
                String platform = " AND (roles LIKE '%platform-admin%')";
                long staff = count(c, base + platform, tenant, from, to);
                List<UserLine> users = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(user_name, '（不明）'), max(display_name), "
                        + "max(roles), count(*), coalesce(sum(row_count) FILTER (WHERE outcome = 'ALLOWED'), 0), "
                        + "count(*) FILTER (WHERE action IN ('EXPORT', 'DOWNLOAD') AND outcome = 'ALLOWED'), "
                        + "count(*) FILTER (WHERE outcome = 'DENIED'), count(*) FILTER (WHERE " + OFF_HOURS + "), "
                        + "count(*) FILTER (WHERE bulk)" + base + " GROUP BY 1 ORDER BY 4 DESC, 1")) {
                    bindRange(ps, tenant, from, to);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            users.add(new UserLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                    rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
                        }
                    }
                }
                return new Analysis(tenant, month, total, denied, off, bulk, staff, users,
                        list(c, base + " AND outcome = 'DENIED'", tenant, from, to),
                        list(c, base + " AND " + OFF_HOURS, tenant, from, to),
                        list(c, base + " AND bulk", tenant, from, to),
                        list(c, base + platform, tenant, from, to), clock.instant());
            }
        });
    }

    private static long count(Connection c, String where, String tenant, Timestamp from, Timestamp to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
            bindRange(ps, tenant, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<AccessRecord> list(Connection c, String where, String tenant, Timestamp from, Timestamp to)
            throws SQLException {
        List<AccessRecord> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + AccessRecordStore.COLUMNS + where
                + " ORDER BY seq DESC LIMIT " + LIST_LIMIT)) {
            bindRange(ps, tenant, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(AccessRecordStore.read(rs));
                }
            }
        }
        return list;
    }

    private static void bindRange(PreparedStatement ps, String tenant, Timestamp from, Timestamp to) throws SQLException {
        ps.setString(1, tenant);
        ps.setTimestamp(2, from);
        ps.setTimestamp(3, to);
    }
}
