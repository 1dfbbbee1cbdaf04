package jp.itaku.inspection.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 国民の祝日・休日 (national holidays, incl. 振替休日 and 国民の休日) from the Cabinet Office's list as shipped by the
 * maintained npm package {@code @holiday-jp/holiday_jp}: {@code holidays/holidays-jp.tsv}, regenerated with
 * {@code inspection-service/bin/update-holidays} when the list changes (the equinox days are announced in the 官報
 * each February for the next year). Not computed and not typed by hand; the Java libraries
 * (com.samuraism:java-holidays) are not served by the registry this project builds from.
 */
public final class JapaneseHolidays implements IncidentDeadlines.Holidays {

    private static final String TABLE = "/holidays/holidays-jp.tsv";
    private static final NavigableMap<LocalDate, String> DAYS = load();

    /** The first and last year the table covers; dates outside are refused rather than guessed. */
    public static final int FIRST_YEAR = DAYS.firstKey().getYear();
    public static final int LAST_YEAR = DAYS.lastKey().getYear();

    private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);

    @Override
    public Optional<String> name(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("祝日は" + FIRST_YEAR + "年から" + LAST_YEAR + "年までのみ判定できます: " + date);
        }
        return Optional.ofNullable(DAYS.get(date));
    }

    /** Every holiday of the year, with its name as the Cabinet Office gives it. */
    public static NavigableMap<LocalDate, String> of(int year) {
        return Collections.unmodifiableNavigableMap(
                DAYS.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
    }

    /** 12/29–1/3: the 行政機関の休日 (行政機関の休日に関する法律第1条) besides weekends and national holidays. */
    static boolean yearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(CLOSURE_START) || !day.isAfter(CLOSURE_END);
    }

    private static NavigableMap<LocalDate, String> load() {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = JapaneseHolidays.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("holiday table missing from the classpath: " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                days.put(LocalDate.parse(line.substring(0, tab)), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("holiday table is empty: " + TABLE);
        }
        return days;
    }
}
