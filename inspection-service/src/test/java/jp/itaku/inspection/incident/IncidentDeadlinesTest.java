package jp.itaku.inspection.incident;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain unit tests of the PPC report deadlines (no Quarkus). */
class IncidentDeadlinesTest {

    final IncidentDeadlines deadlines = IncidentDeadlines.standard();

    @Test
    void dayOfAwarenessIsDayOne() {
        // aware on Thursday 2026-07-02: day 30 is Friday 2026-07-31, an ordinary working day
        assertEquals(LocalDate.of(2026, 7, 31), deadlines.finalReportDue(LocalDate.of(2026, 7, 2), false));
    }

    @Test
    void unlawfulPurposeGivesSixtyDays() {
        // aware on 2026-07-02: day 60 is Sunday 2026-08-30 → Monday 2026-08-31
        assertEquals(LocalDate.of(2026, 8, 31), deadlines.finalReportDue(LocalDate.of(2026, 7, 2), true));
    }

    @Test
    void weekendsCountButADeadlineOnSaturdayMovesToMonday() {
        // aware on Thursday 2026-10-01: day 30 is Friday 10-30 (weekends inside are counted)
        assertEquals(LocalDate.of(2026, 10, 30), deadlines.finalReportDue(LocalDate.of(2026, 10, 1), false));
        // aware on Friday 2026-10-02: day 30 is Saturday 10-31 → Monday 11-02
        assertEquals(LocalDate.of(2026, 11, 2), deadlines.finalReportDue(LocalDate.of(2026, 10, 2), false));
    }

    @Test
    void deadlineOnNewYearsEveMovesToJanuaryFourth() {
        // aware on 2026-12-02: day 30 is 2026-12-31, in the year-end closure → 2027-01-04 (Monday)
        assertEquals(LocalDate.of(2027, 1, 4), deadlines.finalReportDue(LocalDate.of(2026, 12, 2), false));
    }

    @Test
    void deadlineOnDecemberTwentyNinthMovesPastTheClosureAndTheWeekend() {
        // aware on 2025-11-30: day 30 is Monday 2025-12-29 → closure to 01-03 (Sat), Sunday 01-04 → Monday 2026-01-05
        assertEquals(LocalDate.of(2026, 1, 5), deadlines.finalReportDue(LocalDate.of(2025, 11, 30), false));
    }

    @Test
    void deadlineOnANationalHolidayMovesToTheNextBusinessDay() {
        // aware on 2026-10-25: day 30 is 2026-11-23 勤労感謝の日 (Monday) → Tuesday 11-24
        assertEquals(LocalDate.of(2026, 11, 24), deadlines.finalReportDue(LocalDate.of(2026, 10, 25), false));
    }

    @Test
    void deadlineInSilverWeekMovesPastTheCitizensHoliday() {
        // 2026-09-21 敬老の日, 09-22 国民の休日, 09-23 秋分の日: aware on 2026-08-23 → day 30 = 09-21 → 09-24
        assertEquals(LocalDate.of(2026, 9, 24), deadlines.finalReportDue(LocalDate.of(2026, 8, 23), false));
    }

    @Test
    void deadlineInGoldenWeekMovesPastTheSubstituteHoliday() {
        // 2026-05-03 (Sunday) 憲法記念日 → 05-06 振替休日: aware on 2026-04-04 → day 30 = 05-03 → Thursday 05-07
        assertEquals(LocalDate.of(2026, 5, 7), deadlines.finalReportDue(LocalDate.of(2026, 4, 4), false));
    }

    @Test
    void quickReportIsDayFiveByDefaultAndMovesOnLikeTheFinalReport() {
        // aware on Monday 2026-12-07: day 5 = Friday 12-11
        assertEquals(LocalDate.of(2026, 12, 11), deadlines.quickReportDue(LocalDate.of(2026, 12, 7)));
        // aware on Sunday 2026-12-27: day 5 = 12-31 → 2027-01-04
        assertEquals(LocalDate.of(2027, 1, 4), deadlines.quickReportDue(LocalDate.of(2026, 12, 27)));
        // a three-day setting: aware Monday 12-07 → Wednesday 12-09
        assertEquals(LocalDate.of(2026, 12, 9),
                new IncidentDeadlines(new JapaneseHolidays(), 3).quickReportDue(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void quickReportDaysOutsideThreeToFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IncidentDeadlines(new JapaneseHolidays(), 2));
        assertThrows(IllegalArgumentException.class, () -> new IncidentDeadlines(new JapaneseHolidays(), 6));
    }

    @Test
    void aDeadlineOnAnOpenDayStaysWhereItIs() {
        for (LocalDate open : List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4), LocalDate.of(2026, 5, 7))) {
            assertFalse(deadlines.closed(open), open.toString());
            assertEquals(open, deadlines.nextBusinessDay(open));
        }
        for (LocalDate closed : Set.of(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 1))) {
            assertTrue(deadlines.closed(closed), closed.toString());
        }
    }

    @Test
    void daysLeftIsNegativeWhenOverdue() {
        assertEquals(3, IncidentDeadlines.daysLeft(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4)));
        assertEquals(0, IncidentDeadlines.daysLeft(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4)));
        assertEquals(-2, IncidentDeadlines.daysLeft(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 4)));
    }
}
