package jp.itaku.provision;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint names its roles, and none lets contractors or platform administrators in (S1). */
class EndpointRolesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.itaku.provision");

    @Test
    void everyEndpointCarriesRolesAllowed() {
        methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class).should().beAnnotatedWith(RolesAllowed.class).check(CLASSES);
    }

    @Test
    void noEndpointAdmitsContractorsOrPlatformAdministrators() {
        CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(RolesAllowed.class))
                .forEach(m -> {
                    List<String> roles = Arrays.asList(m.getAnnotationOfType(RolesAllowed.class).value());
                    assertTrue(!roles.contains("contractor") && !roles.contains("platform-admin"), m.getFullName());
                });
    }

    @Test
    void auditorAndChiefOnlyRead() {
        CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(RolesAllowed.class) && !m.isAnnotatedWith(GET.class))
                .forEach(m -> {
                    List<String> roles = Arrays.asList(m.getAnnotationOfType(RolesAllowed.class).value());
                    assertTrue(!roles.contains("auditor"), m.getFullName());
                    assertTrue(!roles.contains("chief-protection-manager") || m.getOwner().getSimpleName().equals("SettingsResource"),
                            m.getFullName());
                });
    }
}
