package jp.itaku.common.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import jp.itaku.common.testing.fixture.ReadsMachineClock;
import jp.itaku.common.testing.fixture.UsesInjectedClock;

import org.junit.jupiter.api.Test;

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
}
