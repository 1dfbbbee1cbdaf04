package jp.itaku.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import jp.itaku.common.testing.ItakuArchRules;
import jp.itaku.contract.onboarding.Agency;
import jp.itaku.contract.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The shared layering, role and tenancy rules (common's ItakuArchRules) over contract-service's main code. */
class ArchitectureTest {

    static final JavaClasses CLASSES = ItakuArchRules.mainClasses("jp.itaku.contract");

    @Test
    void rulesInModelPackagesUseNoFrameworkTypes() {
        ItakuArchRules.MODEL_USES_NO_FRAMEWORK.check(CLASSES);
    }

    @Test
    void everyEndpointDeclaresItsRoles() {
        ItakuArchRules.ENDPOINTS_DECLARE_ROLES.check(CLASSES);
    }

    @Test
    void everyEntityIsTenantOwned() {
        ItakuArchRules.entitiesAreTenantOwned(Map.of(
                Agency.class, "the platform's register of agencies (tenants): the platform administrator creates them, "
                        + "and the row names the tenant rather than belonging to one",
                OutboxEvent.class, "read only by the delivery job, across tenants; the row keeps its tenant in a plain "
                        + "column and the payload, and is never exposed over HTTP")).check(CLASSES);
    }

    @Test
    void onlyResourcesUseResources() {
        ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES.check(CLASSES);
    }
}
