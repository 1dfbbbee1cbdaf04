package jp.itaku.common.tenancy;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/** Hibernate discriminator multi-tenancy: every entity's {@code @TenantId} is filled and filtered from here. */
@PersistenceUnitExtension
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return TenantContext.currentTenant();
    }
}
