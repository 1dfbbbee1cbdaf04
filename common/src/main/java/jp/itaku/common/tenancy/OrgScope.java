package jp.itaku.common.tenancy;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Supplies the caller's contractor organisation to the auto-enabled Hibernate filter {@value #FILTER}.
 * An entity that belongs to a contractor organisation declares
 * {@code @Filter(name = OrgScope.FILTER, condition = OrgScope.CONDITION)} over its {@code org_code} column.
 */
@ApplicationScoped
@Unremovable // looked up by Hibernate's bean container, never injected, so Arc would otherwise remove it
public class OrgScope implements Supplier<String> {

    public static final String FILTER = "orgScope";
    public static final String PARAM = "callerOrg";
    public static final String CONDITION = "(:callerOrg = '*' or org_code = :callerOrg)";

    @Override
    public String get() {
        return TenantContext.currentOrgRestriction();
    }
}
