package jp.itaku.inspection.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Report deadlines to the 個人情報保護委員会 (PPC) for a 漏えい等事案, as plain rules (no framework).
 *
 * <ul>
 *   <li>速報 (規則第43条の報告のうち、第44条第1項「速やかに」): the PPC's guidance (個人情報の保護に関する法律についての
 *       事務対応ガイド（行政機関等向け）, 漏えい等の報告) reads "速やかに" as about 3–5 days from the day of awareness.
 *       Itaku uses {@code quickReportDays} (default 5, configurable with {@code itaku.incidents.quick-report-days},
 *       3–5) as the last day, counted like the 確報.</li>
 *   <li>確報 (規則第44条第2項): within 30 days of becoming aware; 60 days where the incident is, or may be, caused by an act
 *       for an unlawful purpose (③ 不正の目的をもって行われたおそれがある…).</li>
 *   <li>Counting (the PPC's Q&amp;A on 漏えい等報告): the day of awareness is day 1; Saturdays, Sundays and holidays are
 *       counted; but a deadline that falls on a Saturday, Sunday, national holiday or the year-end closure
 *       (12月29日〜1月3日) moves to the next day that is none of them.</li>
 * </ul>
 */
public final class IncidentDeadlines {

    /** National holidays: anything that can name the holiday of a date. */
    public interface Holidays {
        Optional<String> name(LocalDate date);
    }

    public static final int FINAL_DAYS = 30;
    public static final int FINAL_DAYS_UNLAWFUL_PURPOSE = 60;
    public static final int MIN_QUICK_DAYS = 3;
    public static final int MAX_QUICK_DAYS = 5;

    private final Holidays holidays;
    private final int quickReportDays;

    public IncidentDeadlines(Holidays holidays, int quickReportDays) {
        if (quickReportDays < MIN_QUICK_DAYS || quickReportDays > MAX_QUICK_DAYS) {
            throw new IllegalArgumentException("速報の期限は3〜5日の範囲で設定してください: " + quickReportDays);
        }
        this.holidays = holidays;
        this.quickReportDays = quickReportDays;
    }

    public static IncidentDeadlines standard() {
        return new IncidentDeadlines(new JapaneseHolidays(), MAX_QUICK_DAYS);
    }

    public int quickReportDays() {
        return quickReportDays;
    }

    /** Last day for the 速報. */
    public LocalDate quickReportDue(LocalDate awareOn) {
        return dayN(awareOn, quickReportDays);
    }

    /** Last day for the 確報: 30 days, or 60 where an unlawful purpose (③) applies. */
    public LocalDate finalReportDue(LocalDate awareOn, boolean unlawfulPurpose) {
        return dayN(awareOn, unlawfulPurpose ? FINAL_DAYS_UNLAWFUL_PURPOSE : FINAL_DAYS);
    }

    /** Day {@code n} counting the day of awareness as day 1, moved on past closed days. */
    public LocalDate dayN(LocalDate awareOn, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        return nextBusinessDay(awareOn.plusDays(n - 1L));
    }

    /** The date itself when government offices are open, otherwise the next day they are. */
    public LocalDate nextBusinessDay(LocalDate date) {
        LocalDate day = date;
        while (closed(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Saturday, Sunday, a national holiday or 12/29–1/3. */
    public boolean closed(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || JapaneseHolidays.yearEndClosure(date) || holidays.name(date).isPresent();
    }

    /** Days left until the deadline (0 on the day itself, negative when overdue). */
    public static long daysLeft(LocalDate today, LocalDate due) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }
}
