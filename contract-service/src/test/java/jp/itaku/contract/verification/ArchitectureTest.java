package jp.itaku.contract.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The verifier is plain Java: no framework types, so it runs the same in the service, the CLI and a benchmark. */
class ArchitectureTest {

    @Test
    void verifierPackageUsesNoFrameworkTypes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.itaku.contract.verification");
        noClasses().that().resideInAPackage("jp.itaku.contract.verification..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ws..", "javax.persistence..",
                        "javax.inject..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..")
                .because("the verifier must run without a framework (service, CLI, benchmark)")
                .check(classes);
    }

    @Test
    void verifierDoesNotDependOnTheRestOfTheService() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.itaku.contract.verification");
        noClasses().that().resideInAPackage("jp.itaku.contract.verification..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.itaku.common..")
                .check(classes);
    }
}
