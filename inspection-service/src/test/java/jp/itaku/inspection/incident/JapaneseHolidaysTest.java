package jp.itaku.inspection.incident;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The computed holidays against the Cabinet Office's published list (内閣府「国民の祝日について」). */
class JapaneseHolidaysTest {

    static List<LocalDate> dates(int year, String... monthDays) {
        return Stream.of(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList();
    }

    @Test
    void holidaysOf2025MatchTheCabinetOfficeList() {
        assertEquals(dates(2025, "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04",
                        "05-05", "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"),
                List.copyOf(JapaneseHolidays.of(2025).keySet()));
    }

    @Test
    void holidaysOf2026MatchTheCabinetOfficeList() {
        assertEquals(dates(2026, "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
                        "05-06", "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"),
                List.copyOf(JapaneseHolidays.of(2026).keySet()));
        assertEquals("休日", JapaneseHolidays.of(2026).get(LocalDate.of(2026, 9, 22))); // 国民の休日 between two holidays
        assertEquals("こどもの日 振替休日", JapaneseHolidays.of(2026).get(LocalDate.of(2026, 5, 6)));
    }

    @Test
    void holidaysOf2027MatchTheCabinetOfficeList() {
        assertEquals(dates(2027, "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04",
                        "05-05", "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23"),
                List.copyOf(JapaneseHolidays.of(2027).keySet()));
    }

    @Test
    void theOlympicYearsMovedTheSummerHolidays() {
        assertEquals(dates(2021, "07-22", "07-23", "08-08", "08-09"),
                JapaneseHolidays.of(2021).keySet().stream().filter(d -> d.getMonthValue() == 7 || d.getMonthValue() == 8).toList());
    }

    @Test
    void yearsOutsideTheTableAreRefusedRatherThanGuessed() {
        assertThrows(IllegalArgumentException.class, () -> new JapaneseHolidays().name(LocalDate.of(JapaneseHolidays.FIRST_YEAR - 1, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> new JapaneseHolidays().name(LocalDate.of(JapaneseHolidays.LAST_YEAR + 1, 1, 1)));
    }
}
