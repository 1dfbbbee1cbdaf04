package jp.itaku.common.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes access records (S2) for {@link AccessRecordInterceptor} and {@link DeniedAccessFilter}: fills who / when /
 * where from the verified token and the HTTP request, and appends to the tenant's chain in {@code audit.access_record}.
 */
@ApplicationScoped
public class AccessRecorder {

    /** Tenant of records whose caller has none (platform staff, malformed tokens). */
    public static final String NO_TENANT = "__platform__";
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String PORTAL_CLIENT = "itaku-portal";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ItakuClock clock;

    @Inject
    AccessConfig config;

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    Instance<CurrentVertxRequest> currentRequest;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "itaku")
    String service;

    private volatile Boolean enabledOverride;

    private record Who(String tenant, String userId, String userName, String displayName, String roles, String org,
                       String channel) {
    }

    public boolean enabled() {
        Boolean override = enabledOverride;
        return override != null ? override : config.enabled();
    }

    /** Benchmarks only (adjustable clock = test mode): switches recording off for a baseline in the same run. */
    public void enableForBenchmark(boolean enabled) {
        if (!clock.adjustable()) {
            throw new IllegalStateException("access recording can only be switched off in tests");
        }
        enabledOverride = enabled;
    }

    /** A connection of the service's datasource, enlisted in the active transaction. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Appends within the transaction that is active now (a change and its record commit together). */
    public AccessRecord appendInCurrentTransaction(AccessRecord r) {
        try (Connection c = dataSource.getConnection()) {
            return AccessRecordStore.append(c, r);
        } catch (SQLException e) {
            throw new IllegalStateException("アクセス記録を書き込めませんでした", e);
        }
    }

    /**
     * Appends in a transaction of its own, committed before this returns: any transaction of the caller is suspended,
     * and the record's own transaction is plain JDBC in one round trip (no JTA transaction around it — it has one
     * resource and one statement), which is most of what a read pays for its record.
     */
    public AccessRecord appendInNewTransaction(AccessRecord r) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return AccessRecordStore.appendCommitted(c, r);
            }
        });
    }

    /** A record of the current HTTP call by the current caller (not yet chained). */
    public AccessRecord describe(String type, AccessAction action, int rows, Iterable<String> extraIds,
                                 int status, boolean bulk, String bulkReason) {
        Who who = callerSnapshot();
        RoutingContext rc = routingContext();
        String path = null;
        String query = null;
        String address = null;
        Set<String> ids = new LinkedHashSet<>();
        if (rc != null) {
            HttpServerRequest req = rc.request();
            path = req.path();
            query = req.query();
            address = clientAddress(req);
            Matcher m = UUID_SEGMENT.matcher(path == null ? "" : path);
            while (m.find()) {
                ids.add(m.group().toLowerCase());
            }
        }
        for (String id : extraIds) {
            ids.add(id);
        }
        return new AccessRecord(UUID.randomUUID(), who.tenant(), 0, clock.instant().truncatedTo(ChronoUnit.MICROS),
                service, who.userId(), who.userName(), who.displayName(), who.roles(), who.org(), action.name(),
                type, ids.isEmpty() ? null : String.join(",", ids), path == null ? "" : path, query, rows,
                AccessOutcome.ofStatus(status).name(), status, address, who.channel(), bulk, bulkReason, null, null);
    }

    String queryParam(String name) {
        RoutingContext rc = routingContext();
        return rc == null ? null : rc.request().getParam(name);
    }

    private RoutingContext routingContext() {
        if (!currentRequest.isResolvable()) {
            return null;
        }
        try {
            return currentRequest.get().getCurrent();
        } catch (RuntimeException e) {
            return null; // no active request context (background work)
        }
    }

    private static String clientAddress(HttpServerRequest req) {
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return req.remoteAddress() == null ? null : req.remoteAddress().hostAddress();
    }

    private Who callerSnapshot() {
        SecurityIdentity id = null;
        try {
            id = identity.isResolvable() ? identity.get() : null;
            if (id != null && id.isAnonymous()) {
                id = null;
            }
        } catch (RuntimeException e) {
            id = null;
        }
        if (id == null) {
            return new Who(NO_TENANT, null, null, null, "", null, "API");
        }
        String tenant = TenantContext.currentTenant();
        if (tenant == null || TenantContext.NO_TENANT.equals(tenant)) {
            tenant = NO_TENANT;
        }
        String userId = id.getPrincipal().getName();
        String userName = userId;
        String display = null;
        String org = null;
        String channel = "API";
        if (id.getPrincipal() instanceof JsonWebToken jwt) {
            userId = claim(jwt, "sub", userId);
            userName = claim(jwt, "preferred_username", userName);
            String family = claim(jwt, "family_name", null);
            String given = claim(jwt, "given_name", null);
            display = family != null && given != null ? family + " " + given : claim(jwt, "name", null);
            org = claim(jwt, Caller.ORG_CLAIM, null);
            if (PORTAL_CLIENT.equals(claim(jwt, "azp", null))) {
                channel = "PORTAL";
            }
        }
        Set<String> roles = new TreeSet<>(id.getRoles());
        roles.retainAll(Set.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
                Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR, Roles.PLATFORM_ADMIN, Roles.SERVICE));
        return new Who(tenant, userId, userName, display, String.join(",", roles), org, channel);
    }

    private static String claim(JsonWebToken jwt, String name, String fallback) {
        Object v = jwt.getClaim(name);
        if (v == null || v.toString().isBlank()) {
            return fallback;
        }
        return v.toString().replace("\"", "");
    }
}
