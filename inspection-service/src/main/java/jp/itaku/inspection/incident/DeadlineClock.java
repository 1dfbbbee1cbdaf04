package jp.itaku.inspection.incident;

import java.time.LocalDate;

/** One deadline with its clock; {@code applies} is false where the incident is not reportable to the PPC. */
public record DeadlineClock(LocalDate due, long daysLeft, boolean applies, boolean reported, boolean overdue) {
    static DeadlineClock of(LocalDate due, LocalDate today, boolean applies, boolean reported) {
        long left = IncidentDeadlines.daysLeft(today, due);
        return new DeadlineClock(due, left, applies, reported, applies && !reported && left < 0);
    }
}
