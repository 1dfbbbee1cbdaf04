package jp.itaku.inspection.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 国民の祝日 (national holidays) computed from the rules of 国民の祝日に関する法律 (昭和23年法律第178号) as amended,
 * from 2000 on: fixed days, the "Happy Monday" days, 春分の日/秋分の日 by the usual astronomical approximation
 * (valid 1980–2099; the official days are announced in the 官報 each February for the next year and have matched it),
 * 振替休日 (第3条第2項: a holiday on a Sunday moves to the next day that is not a holiday) and 国民の休日 (第3条第3項: a
 * day between two holidays), plus the one-off days of the 2019 enthronement and the 2020/2021 Olympic moves
 * (平成30年法律第57号, 令和2年法律第68号).
 *
 * <p>Why rules and not a library: the maintained Java libraries (com.samuraism:java-holidays, de.focus-shift:jollyday)
 * are not served by the package registry this project builds from. The class is small, pure and checked in
 * {@code JapaneseHolidaysTest} against the Cabinet Office's published list (内閣府「国民の祝日について」) for 2025–2027;
 * replace it by such a library once it can be fetched ({@link IncidentDeadlines} takes any {@code Holidays}).
 */
public final class JapaneseHolidays implements IncidentDeadlines.Holidays {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private static final Map<LocalDate, String> ONE_OFF = Map.of(
            LocalDate.of(2019, 4, 30), "国民の休日",
            LocalDate.of(2019, 5, 1), "天皇の即位の日",
            LocalDate.of(2019, 5, 2), "国民の休日",
            LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");

    @Override
    public Optional<String> name(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("祝日は" + FIRST_YEAR + "年から" + LAST_YEAR + "年までのみ計算できます: " + date);
        }
        return Optional.ofNullable(of(year).get(date));
    }

    /** Every holiday of the year, with its name. */
    public static TreeMap<LocalDate, String> of(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(nthMonday(year, 1, 2), "成人の日");
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        if (year >= 2020) {
            days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        } else if (year <= 2018) {
            days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            days.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(marineDay(year), "海の日");
        if (year >= 2016) {
            days.put(mountainDay(year), "山の日");
        }
        days.put(year >= 2003 ? nthMonday(year, 9, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        days.put(sportsDay(year), year >= 2020 ? "スポーツの日" : "体育の日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        ONE_OFF.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.put(day, name);
            }
        });

        // 国民の休日: a day that is not itself a holiday (nor a Sunday) between two holidays
        TreeMap<LocalDate, String> between = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            LocalDate next = day.plusDays(1);
            if (days.containsKey(day.plusDays(2)) && !days.containsKey(next) && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
                between.put(next, "国民の休日");
            }
        }
        days.putAll(between);

        // 振替休日: a holiday on a Sunday moves to the nearest following day that is not a holiday (since 2007)
        TreeMap<LocalDate, String> substitutes = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                substitutes.put(substitute, "休日（振替休日）");
            }
        }
        substitutes.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.put(day, name);
            }
        });
        return days;
    }

    /** 春分日: the day of March, by the approximation published with the National Astronomical Observatory's tables. */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** 秋分日: the day of September. */
    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year >= 2003 ? nthMonday(year, 7, 3) : LocalDate.of(year, 7, 20);
        };
    }

    private static LocalDate mountainDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, 10, 2);
        };
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** The year-end closure of government offices (行政機関の休日に関する法律第1条第1項第3号: 12月29日から翌年1月3日まで). */
    static boolean yearEndClosure(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(MonthDay.of(12, 29)) || !day.isAfter(MonthDay.of(1, 3));
    }
}
