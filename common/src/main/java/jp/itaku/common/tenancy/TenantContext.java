package jp.itaku.common.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jp.itaku.common.security.Caller;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant and contractor organisation that scope every query. Inside a request they come from the verified
 * token; background work (outbox delivery, reminders, demo data) names them explicitly with {@link #runAs}.
 */
public final class TenantContext {

    /** Tenant id used when nothing is known: matches no row. */
    public static final String NO_TENANT = "__none__";
    /** Organisation parameter meaning "not restricted to one contractor organisation". */
    public static final String ANY_ORG = "*";

    private static final ThreadLocal<Scope> OVERRIDE = new ThreadLocal<>();

    private record Scope(String tenant, String org) {
    }

    private TenantContext() {
    }

    public static String currentTenant() {
        Scope scope = OVERRIDE.get();
        if (scope != null) {
            return scope.tenant();
        }
        return caller().flatMap(Caller::tenant).orElse(NO_TENANT);
    }

    public static String currentOrgRestriction() {
        Scope scope = OVERRIDE.get();
        if (scope != null) {
            return scope.org() == null ? ANY_ORG : scope.org();
        }
        Optional<Caller> caller = caller();
        if (caller.isPresent() && caller.get().isContractor()) {
            // a contractor without an org claim sees nothing
            return caller.get().org().orElse(NO_TENANT);
        }
        return ANY_ORG;
    }

    /** Runs work as the given tenant with no organisation restriction (system work, never caller input). */
    public static <T> T runAs(String tenant, Callable<T> work) {
        Scope previous = OVERRIDE.get();
        OVERRIDE.set(new Scope(tenant, null));
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(String tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    private static Optional<Caller> caller() {
        if (Arc.container() == null) {
            return Optional.empty();
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Optional.empty();
        }
        Caller caller = Arc.container().instance(Caller.class).get();
        return caller.isAuthenticated() ? Optional.of(caller) : Optional.empty();
    }
}
