package jp.itaku.inspection;

import com.tngtech.archunit.core.domain.JavaClasses;
import jp.itaku.common.testing.ItakuArchRules;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** The shared layering, role and tenancy rules (common's ItakuArchRules) over inspection-service's main code. */
class ArchitectureTest {

    static final JavaClasses CLASSES = ItakuArchRules.mainClasses("jp.itaku.inspection");

    @Test
    void rulesInModelPackagesUseNoFrameworkTypes() {
        ItakuArchRules.MODEL_USES_NO_FRAMEWORK.check(CLASSES);
    }

    @Test
    void everyEndpointDeclaresItsRoles() {
        ItakuArchRules.ENDPOINTS_DECLARE_ROLES.check(CLASSES);
    }

    /** The one endpoint without a token: the secret calendar feed, whose URL is the credential. */
    @Test
    void onlyTheSecretCalendarFeedIsOpen() {
        methods().that().areAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .should().haveName("feed").andShould().beDeclaredIn(jp.itaku.inspection.plan.CalendarLinkResource.class)
                .check(CLASSES);
    }

    @Test
    void everyEntityIsTenantOwned() {
        ItakuArchRules.entitiesAreTenantOwned(Map.of()).check(CLASSES);
    }

    @Test
    void onlyResourcesUseResources() {
        ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES.check(CLASSES);
    }
}
