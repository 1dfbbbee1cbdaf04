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
import jp.itaku.gateway.portal.web.Services;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Map<String, Object>> entries) {
    }

    private final Page page;
    private final Services services;

    PlanPages(Page page, Services services) {
        this.page = page;
        this.services = services;
    }

    @GET
    public TemplateInstance list(@QueryParam("view") String view, @QueryParam("month") String month) {
        List<Map<String, Object>> entries = new ArrayList<>(services.items("/api/inspections/plan?size=200"));
        entries.sort(Comparator.<Map<String, Object>>comparingInt(e -> urgency(e.get("state")))
                .thenComparing(e -> String.valueOf(e.get("dueOn"))));
        LocalDate today = clock.today();
        YearMonth shown = parseMonth(month).orElse(YearMonth.from(today));
        return page.of("inspections/plan.html")
                .data("entries", entries)
                .data("overdue", entries.stream().filter(e -> "OVERDUE".equals(e.get("state"))).count())
                .data("calendar", "calendar".equals(view))
                .data("inspector", page.has(jp.itaku.gateway.portal.RoleLabels.INSPECTOR))
                .data("month", shown.toString())
                .data("previous", shown.minusMonths(1).toString())
                .data("next", shown.plusMonths(1).toString())
                .data("weeks", weeks(shown, today, entries))
                .data("overdueEntries", entries.stream().filter(e -> "OVERDUE".equals(e.get("state"))).toList())
                .data("nextDue", entries.stream().filter(e -> !"DONE".equals(e.get("state")) && !"OVERDUE".equals(e.get("state")))
                        .map(e -> String.valueOf(e.get("dueOn"))).filter(d -> d.length() >= 7).sorted().findFirst()
                        .map(d -> d.substring(0, 7)).orElse(null));
    }

    private static List<List<Day>> weeks(YearMonth month, LocalDate today, List<Map<String, Object>> entries) {
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
                    entries.stream().filter(e -> iso.equals(String.valueOf(e.get("dueOn")))).toList()));
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

    private static int urgency(Object state) {
        int i = URGENCY.indexOf(String.valueOf(state));
        return i < 0 ? URGENCY.size() : i;
    }
}
