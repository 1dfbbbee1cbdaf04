package jp.itaku.provision;

import com.tngtech.archunit.core.domain.JavaClasses;
import jp.itaku.common.testing.ItakuArchRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared layering, role and tenancy rules (common's ItakuArchRules) over provision-service's main code. */
class ArchitectureTest {

    static final JavaClasses CLASSES = ItakuArchRules.mainClasses("jp.itaku.provision");

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
        ItakuArchRules.entitiesAreTenantOwned(Map.of()).check(CLASSES);
    }

    @Test
    void onlyResourcesUseResources() {
        ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES.check(CLASSES);
    }

    /** Request and response records live in their own files of the topic package, never inside a resource. */
    @Test
    void resourcesDeclareNoRecords() {
        assertEquals(List.of(), CLASSES.stream().filter(c -> c.isRecord() && c.getEnclosingClass()
                        .filter(outer -> outer.getSimpleName().endsWith("Resource")).isPresent())
                .map(c -> c.getName()).sorted().toList());
    }
}
