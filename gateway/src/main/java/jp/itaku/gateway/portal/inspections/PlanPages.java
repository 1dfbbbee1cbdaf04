package jp.itaku.gateway.portal.inspections;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.PlanEntry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The inspection plan (inspection-service) as a list, overdue first, and as a month calendar. */
@Path("/plan")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    @Inject
    ItakuClock clock;

    private static final List<String> URGENCY = List.of("OVERDUE", "DUE", "SCHEDULED", "DONE");

    /** One day cell of the calendar; {@code inMonth} false for the neighbouring months' days that fill the weeks. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<PlanEntry> entries) {
    }

    private final Page page;
    private final InspectionClient inspections;

    PlanPages(Page page, InspectionClient inspections) {
        this.page = page;
        this.inspections = inspections;
    }

    @GET
    public TemplateInstance list(@QueryParam("view") String view, @QueryParam("month") String month) {
        List<PlanEntry> entries = new ArrayList<>(inspections.plan());
        entries.sort(Comparator.<PlanEntry>comparingInt(e -> urgency(e.state()))
                .thenComparing(e -> String.valueOf(e.dueOn())));
        LocalDate today = clock.today();
        YearMonth shown = parseMonth(month).orElse(YearMonth.from(today));
        return page.of("inspections/plan.html")
                .data("entries", entries)
                .data("vocab", inspections.vocabulary().labels(page.locale()))
                .data("overdue", entries.stream().filter(e -> PlanEntry.OVERDUE.equals(e.state())).count())
                .data("calendar", "calendar".equals(view))
                .data("inspector", page.has(jp.itaku.gateway.portal.RoleLabels.INSPECTOR))
                .data("month", shown.toString())
                .data("previous", shown.minusMonths(1).toString())
                .data("next", shown.plusMonths(1).toString())
                .data("weeks", weeks(shown, today, entries))
                .data("overdueEntries", entries.stream().filter(e -> PlanEntry.OVERDUE.equals(e.state())).toList())
                .data("nextDue", entries.stream().filter(e -> !PlanEntry.DONE.equals(e.state()) && !PlanEntry.OVERDUE.equals(e.state()))
                        .map(e -> String.valueOf(e.dueOn())).filter(d -> d.length() >= 7).sorted().findFirst()
                        .map(d -> d.substring(0, 7)).orElse(null));
    }

    private static List<List<Day>> weeks(YearMonth month, LocalDate today, List<PlanEntry> entries) {
        LocalDate start = month.atDay(1);
        while (start.getDayOfWeek() != DayOfWeek.SUNDAY) {
            start = start.minusDays(1);
        }
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(month.atEndOfMonth()) || day.getDayOfWeek() != DayOfWeek.SUNDAY;
             day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(new ArrayList<>());
            }
            String iso = day.toString();
            weeks.get(weeks.size() - 1).add(new Day(day, YearMonth.from(day).equals(month), day.equals(today),
                    entries.stream().filter(e -> iso.equals(e.dueOn())).toList()));
        }
        return weeks;
    }

    private static java.util.Optional<YearMonth> parseMonth(String month) {
        try {
            return month == null ? java.util.Optional.empty() : java.util.Optional.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static int urgency(String state) {
        int i = URGENCY.indexOf(state);
        return i < 0 ? URGENCY.size() : i;
    }
}
