package jp.itaku.inspection;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.ws.rs.Path;
import jp.itaku.common.testing.ItakuArchRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** Request and response records (and their enums) live in their topic package, each in its own file. */
    @Test
    void resourcesDeclareNoRecordsOrEnums() {
        List<String> nested = CLASSES.stream()
                .filter(c -> c.isRecord() || c.isEnum())
                .filter(c -> c.getEnclosingClass().map(e -> e.isAnnotatedWith(Path.class)).orElse(false))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), nested, "records or enums declared inside a resource");
    }
}
