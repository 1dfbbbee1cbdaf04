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

    @Test
    void eachElementRuleStandsAlone() {
        // a change to one element's rule cannot move another element: rule classes share only the clause model,
        // the rule context and the vocabulary, never each other
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.itaku.contract.verification.elements");
        noClasses().that().implement(jp.itaku.contract.verification.elements.ElementRule.class)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another element's rule",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAssignableTo(jp.itaku.contract.verification.elements.ElementRule.class)
                                && !c.isInterface()))
                .allowEmptyShould(false)
                .check(classes);
    }
}
