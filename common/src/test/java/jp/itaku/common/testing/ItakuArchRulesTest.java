package jp.itaku.common.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import jp.itaku.common.testing.fixture.GuardedResource;
import jp.itaku.common.testing.fixture.OpenResource;
import jp.itaku.common.testing.fixture.ReadsMachineClock;
import jp.itaku.common.testing.fixture.ServiceUsingAResourceRecord;
import jp.itaku.common.testing.fixture.TenantedEntity;
import jp.itaku.common.testing.fixture.UntenantedEntity;
import jp.itaku.common.testing.fixture.UsesInjectedClock;
import jp.itaku.common.testing.fixture.model.RuleOnAnEntity;
import jp.itaku.common.testing.fixture.model.RuleOnTheFramework;
import jp.itaku.common.testing.fixture.puremodel.model.PlainRule;

import org.junit.jupiter.api.Test;

import java.util.Map;

class ItakuArchRulesTest {

    @Test
    void machineClockRuleFailsOnADeliberateLocalDateNow() {
        AssertionError failure = assertThrows(AssertionError.class, () -> ItakuArchRules.NO_MACHINE_CLOCK
                .check(new ClassFileImporter().importClasses(ReadsMachineClock.class)));
        assertTrue(failure.getMessage().contains("LocalDate.now()"), failure.getMessage());
        assertTrue(failure.getMessage().contains("LocalDate.now(java.time.ZoneId)"),
                "a fixed zone still reads the machine's clock: " + failure.getMessage());
    }

    @Test
    void machineClockRuleAcceptsTheInjectedClock() {
        assertDoesNotThrow(() -> ItakuArchRules.NO_MACHINE_CLOCK
                .check(new ClassFileImporter().importClasses(UsesInjectedClock.class)));
    }

    @Test
    void commonMainCodeReadsNoMachineClock() {
        ItakuArchRules.NO_MACHINE_CLOCK.check(ItakuArchRules.mainClasses("jp.itaku.common"));
    }

    private static AssertionError violation(Runnable check) {
        return assertThrows(AssertionError.class, check::run);
    }

    @Test
    void modelRuleFailsOnAModelClassThatUsesTheFrameworkOrAnEntity() {
        AssertionError failure = violation(() -> ItakuArchRules.MODEL_USES_NO_FRAMEWORK.check(new ClassFileImporter()
                .importClasses(RuleOnTheFramework.class, RuleOnAnEntity.class, UntenantedEntity.class)));
        assertTrue(failure.getMessage().contains("jakarta.ws.rs.core.Response"), failure.getMessage());
        assertTrue(failure.getMessage().contains("UntenantedEntity"), failure.getMessage());
    }

    @Test
    void modelRuleAcceptsPlainValuesAndDecisions() {
        assertDoesNotThrow(() -> ItakuArchRules.MODEL_USES_NO_FRAMEWORK
                .check(new ClassFileImporter().importClasses(PlainRule.class)));
    }

    @Test
    void modelRuleFailsWhenThereIsNoModelPackageToCheck() {
        violation(() -> ItakuArchRules.MODEL_USES_NO_FRAMEWORK
                .check(new ClassFileImporter().importClasses(UsesInjectedClock.class)));
    }

    @Test
    void rolesRuleFailsOnAnEndpointWithoutRoles() {
        AssertionError failure = violation(() -> ItakuArchRules.ENDPOINTS_DECLARE_ROLES
                .check(new ClassFileImporter().importClasses(OpenResource.class)));
        assertTrue(failure.getMessage().contains("OpenResource.forgotItsRoles()"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("OpenResource.read() does not"), failure.getMessage());
    }

    @Test
    void rolesRuleAcceptsRolesOnTheClassAndAnExplicitPermitAll() {
        assertDoesNotThrow(() -> ItakuArchRules.ENDPOINTS_DECLARE_ROLES
                .check(new ClassFileImporter().importClasses(GuardedResource.class)));
    }

    @Test
    void tenancyRuleFailsOnAnEntityWithoutATenantColumn() {
        AssertionError failure = violation(() -> ItakuArchRules.entitiesAreTenantOwned(Map.of())
                .check(new ClassFileImporter().importClasses(UntenantedEntity.class, TenantedEntity.class)));
        assertTrue(failure.getMessage().contains("UntenantedEntity has no @TenantId"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("TenantedEntity has no"), failure.getMessage());
    }

    @Test
    void tenancyRuleAcceptsAGlobalEntityListedWithItsReason() {
        assertDoesNotThrow(() -> ItakuArchRules.entitiesAreTenantOwned(Map.of(UntenantedEntity.class,
                        "the fixture stands for the platform's list of tenants"))
                .check(new ClassFileImporter().importClasses(UntenantedEntity.class, TenantedEntity.class)));
    }

    @Test
    void tenancyRuleFailsOnAStaleGlobalList() {
        AssertionError failure = violation(() -> ItakuArchRules.entitiesAreTenantOwned(Map.of(TenantedEntity.class,
                        "listed by mistake", UsesInjectedClock.class, "not an entity at all"))
                .check(new ClassFileImporter().importClasses(TenantedEntity.class)));
        assertTrue(failure.getMessage().contains("TenantedEntity has a @TenantId column but is listed as global"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("UsesInjectedClock is listed as a global entity"), failure.getMessage());
    }

    @Test
    void tenancyRuleRefusesAGlobalEntryWithoutAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> ItakuArchRules.entitiesAreTenantOwned(Map.of(UntenantedEntity.class, " ")));
    }

    @Test
    void layerRuleFailsOnAServiceThatTakesAResourceRecord() {
        AssertionError failure = violation(() -> ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES.check(new ClassFileImporter()
                .importClasses(ServiceUsingAResourceRecord.class, OpenResource.class, OpenResource.Answer.class)));
        assertTrue(failure.getMessage().contains("OpenResource$Answer"), failure.getMessage());
    }

    @Test
    void layerRuleAcceptsAResourceUsingItsOwnRecords() {
        assertDoesNotThrow(() -> ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES
                .check(new ClassFileImporter().importClasses(OpenResource.class, OpenResource.Answer.class,
                        UsesInjectedClock.class)));
    }

    @Test
    void commonMainCodeUsesNoResourceFromOutsideHttp() {
        ItakuArchRules.ONLY_RESOURCES_USE_RESOURCES.check(ItakuArchRules.mainClasses("jp.itaku.common"));
    }
}
