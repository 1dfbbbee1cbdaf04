package jp.itaku.inspection;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.itaku.inspection");

    @Test
    void everyEndpointDeclaresItsRoles() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(CLASSES);
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
        classes().that().areAnnotatedWith(Entity.class).should(new ArchCondition<>("have a @TenantId field") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                boolean tenantOwned = entity.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(TenantId.class));
                events.add(new SimpleConditionEvent(entity, tenantOwned, entity.getName() + " has no @TenantId"));
            }
        }).check(CLASSES);
    }
}
