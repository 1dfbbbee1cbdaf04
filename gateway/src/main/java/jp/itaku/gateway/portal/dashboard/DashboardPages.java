package jp.itaku.gateway.portal.dashboard;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agency's state at a glance, read-only: engagements by state, the elements most often missing from the latest
 * drafts, inspections on time against overdue. Each chart says so when its service does not answer.
 */
@Path("/dashboard")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private static final List<String> STATES = List.of("起案", "契約審査中", "承認済", "履行中", "終了");
    private static final int MAX_ENGAGEMENTS_FOR_DRAFTS = 100;

    private final Page page;
    private final Services services;

    DashboardPages(Page page, Services services) {
        this.page = page;
        this.services = services;
    }

    @GET
    @SuppressWarnings("unchecked")
    public TemplateInstance dashboard() {
        page.require(RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.AUDITOR, RoleLabels.PROTECTION_MANAGER);
        List<Bars> charts = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        try {
            List<Map<String, Object>> engagements = services.items("/api/contracts/engagements?size=200");
            Map<String, Long> byState = new LinkedHashMap<>();
            STATES.forEach(s -> byState.put(s, 0L));
            engagements.forEach(e -> byState.merge(String.valueOf(e.get("stateLabel")), 1L, Long::sum));
            charts.add(Bars.of("状態別の委託案件", byState, Map.of()));
            Map<String, Long> missing = new LinkedHashMap<>();
            for (Map<String, Object> e : engagements.stream().limit(MAX_ENGAGEMENTS_FOR_DRAFTS).toList()) {
                List<Map<String, Object>> drafts = services.list("/api/contracts/engagements/" + e.get("id") + "/drafts");
                if (drafts.isEmpty()) {
                    continue;
                }
                Map<String, Object> latest = drafts.get(drafts.size() - 1);
                if (((Number) latest.get("missing")).intValue() == 0) {
                    continue;
                }
                Map<String, Object> detail = services.object("/api/contracts/engagements/" + e.get("id") + "/drafts/"
                        + latest.get("version"));
                for (Map<String, Object> el : (List<Map<String, Object>>) detail.get("elements")) {
                    if ("missing".equals(el.get("status"))) {
                        missing.merge(el.get("id") + " " + el.get("name"), 1L, Long::sum);
                    }
                }
            }
            Map<String, Long> top = missing.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(8).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            charts.add(Bars.of("最新の契約書案で欠落が多い要素", top, Map.of()));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add("契約・委託先サービス: " + e.problem().message());
        }
        try {
            Map<String, Object> counts = services.object("/api/inspections/plan/summary");
            Map<String, Long> plan = new LinkedHashMap<>();
            Map<String, String> labels = Map.of("overdue", "期限超過", "due", "期限間近", "done", "実施済", "scheduled", "予定");
            for (String key : List.of("overdue", "due", "done", "scheduled")) {
                plan.put(labels.get(key), counts.get(key) instanceof Number n ? n.longValue() : 0L);
            }
            charts.add(Bars.of("検査の実施状況（期限内と期限超過）", plan, Map.of("期限超過", "#b42318", "実施済", "#1e6b34")));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add("点検・検査サービス: " + e.problem().message());
        }
        Map<String, Long> incidents = null;
        try {
            incidents = incidentCounts(services.items("/api/inspections/incidents?status=OPEN&size=200"));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add("点検・検査サービス（事故等）: " + e.problem().message());
        }
        return page.of("dashboard/dashboard.html").data("charts", charts).data("unavailable", unavailable)
                .data("incidents", incidents);
    }

    /** Open incidents, reportable ones, PPC reports overdue, first notices not yet acknowledged. */
    @SuppressWarnings("unchecked")
    static Map<String, Long> incidentCounts(List<Map<String, Object>> open) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("open", (long) open.size());
        counts.put("reportable", open.stream().filter(i -> Boolean.TRUE.equals(i.get("reportable"))).count());
        counts.put("overdue", open.stream().filter(i -> Boolean.TRUE.equals(((Map<String, Object>) i.get("quickReport")).get("overdue"))
                || Boolean.TRUE.equals(((Map<String, Object>) i.get("finalReport")).get("overdue"))).count());
        counts.put("unacknowledged", open.stream().filter(i -> !Boolean.TRUE.equals(i.get("acknowledged"))).count());
        return counts;
    }
}
