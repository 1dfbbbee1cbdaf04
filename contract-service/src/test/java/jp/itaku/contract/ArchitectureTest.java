package jp.itaku.contract;

import com.tngtech.archunit.core.domain.JavaClasses;
import jp.itaku.common.testing.ItakuArchRules;
import jp.itaku.contract.onboarding.Agency;
import jp.itaku.contract.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * Request and response records live in their own files of the topic package, never inside a resource, so that
     * services and tests name them without naming HTTP. The verifier's text request is left where it is while the
     * verification package is being reworked.
     */
    @Test
    void resourcesDeclareNoRecords() {
        assertEquals(List.of("jp.itaku.contract.verify.VerificationResource$TextRequest"),
                recordsNestedInResources(CLASSES));
    }

    /** Records declared inside a class whose name ends in Resource, by binary name, sorted. */
    static List<String> recordsNestedInResources(JavaClasses classes) {
        return classes.stream().filter(c -> c.isRecord() && c.getEnclosingClass()
                        .filter(outer -> outer.getSimpleName().endsWith("Resource")).isPresent())
                .map(c -> c.getName()).sorted().toList();
    }
}
