package jp.itaku.inspection.plan.model;

import jp.itaku.api.Sensitivity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tenant's inspection intervals and where a self-report stands in for an inspection. */
class InspectionPolicyTest {

    @Test
    void byDefaultHighIsInspectedTwiceAYearAndTheRestOnce() {
        InspectionPolicy defaults = InspectionPolicy.defaults();
        assertEquals(6, defaults.months(Sensitivity.HIGH));
        assertEquals(12, defaults.months(Sensitivity.MEDIUM));
        assertEquals(12, defaults.months(Sensitivity.LOW));
    }

    @Test
    void byDefaultOnlyALowSensitivitySelfReportCountsAsTheInspection() {
        InspectionPolicy defaults = InspectionPolicy.defaults();
        assertFalse(defaults.selfReportSatisfies(Sensitivity.HIGH));
        assertFalse(defaults.selfReportSatisfies(Sensitivity.MEDIUM));
        assertTrue(defaults.selfReportSatisfies(Sensitivity.LOW));
    }

    @Test
    void theNextInspectionIsDueOneIntervalAfterTheLastOne() {
        InspectionPolicy policy = new InspectionPolicy(3, 6, 12, false, false, true);
        LocalDate start = LocalDate.of(2026, 4, 1);
        assertEquals(LocalDate.of(2026, 7, 1), policy.dueOn(Sensitivity.HIGH, start, null), "never inspected: from the start");
        assertEquals(LocalDate.of(2027, 2, 15), policy.dueOn(Sensitivity.MEDIUM, start, LocalDate.of(2026, 8, 15)));
    }

    @Test
    void aMonthEndStartFallsOnTheLastDayOfAShorterMonth() {
        InspectionPolicy policy = new InspectionPolicy(1, 12, 12, false, false, true);
        assertEquals(LocalDate.of(2027, 2, 28), policy.dueOn(Sensitivity.HIGH, LocalDate.of(2027, 1, 31), null));
    }
}
