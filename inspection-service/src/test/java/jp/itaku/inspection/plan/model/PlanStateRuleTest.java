package jp.itaku.inspection.plan.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an open plan entry stands on a given day: 期限超過, 期限間近 (30 days), 実施済, 予定. */
class PlanStateRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "due {0}, last done {1} → {2}")
    @CsvSource({
            "2026-11-30, ,           OVERDUE",
            "2026-11-30, 2025-11-30, OVERDUE",
            "2026-12-01, ,           DUE",
            "2026-12-31, 2026-06-30, DUE",
            "2027-01-01, 2026-07-01, DONE",
            "2027-01-01, ,           SCHEDULED",
            "2027-06-01, ,           SCHEDULED"})
    void stateFollowsTheDueDateThenTheLastInspection(LocalDate dueOn, LocalDate lastDoneOn, PlanState expected) {
        assertEquals(expected, PlanStateRule.of(dueOn, lastDoneOn, TODAY));
    }

    @Test
    void theDueDayItselfIsDueNotOverdue() {
        assertEquals(PlanState.DUE, PlanStateRule.of(TODAY, null, TODAY));
        assertEquals(PlanState.OVERDUE, PlanStateRule.of(TODAY, null, TODAY.plusDays(1)));
    }

    @Test
    void theReminderWindowEndsThirtyDaysFromToday() {
        assertEquals(LocalDate.of(2026, 12, 31), PlanStateRule.windowEnd(TODAY));
        assertEquals(PlanState.DUE, PlanStateRule.of(TODAY.plusDays(30), null, TODAY));
        assertEquals(PlanState.SCHEDULED, PlanStateRule.of(TODAY.plusDays(31), null, TODAY));
    }

    @Test
    void anOverdueEntryStaysOverdueWhateverItsLastInspection() {
        assertEquals(PlanState.OVERDUE, PlanStateRule.of(TODAY.minusDays(1), TODAY.minusYears(1), TODAY));
    }

    @Test
    void everyStateHasOneStepInTheOrderTheStatesAreDeclared() {
        assertEquals(List.of(PlanState.values()), PlanStateRule.ORDER.stream().map(PlanStateRule.Step::state).toList());
    }

    @Test
    void aStateIsSelectedByItsOwnTestAndNoneOfTheEarlierOnes() {
        assertEquals(new PlanStateRule.Selection(PlanStateRule.Test.DUE_BEFORE_TODAY, List.of()),
                PlanStateRule.selection(PlanState.OVERDUE));
        assertEquals(new PlanStateRule.Selection(PlanStateRule.Test.INSPECTED,
                        List.of(PlanStateRule.Test.DUE_BEFORE_TODAY, PlanStateRule.Test.DUE_BY_WINDOW_END)),
                PlanStateRule.selection(PlanState.DONE));
    }

    /** The queries use the selections; an entry passes exactly the selection of the state the rule gives it. */
    @ParameterizedTest
    @EnumSource(PlanState.class)
    void theSelectionsAgreeWithTheRuleDayByDay(PlanState state) {
        PlanStateRule.Selection selection = PlanStateRule.selection(state);
        for (int offset = -40; offset <= 40; offset++) {
            LocalDate dueOn = TODAY.plusDays(offset);
            for (LocalDate lastDoneOn : new LocalDate[]{null, dueOn.minusMonths(6)}) {
                boolean selected = PlanStateRule.holds(selection.holds(), dueOn, lastDoneOn, TODAY)
                        && selection.fails().stream().noneMatch(t -> PlanStateRule.holds(t, dueOn, lastDoneOn, TODAY));
                assertEquals(PlanStateRule.of(dueOn, lastDoneOn, TODAY) == state, selected,
                        state + " for due " + dueOn + ", last done " + lastDoneOn);
            }
        }
    }
}
