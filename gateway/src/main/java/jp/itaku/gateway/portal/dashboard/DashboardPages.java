package jp.itaku.gateway.portal.dashboard;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.ContractVocabulary;
import jp.itaku.gateway.portal.client.Engagement;
import jp.itaku.gateway.portal.client.Incident;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.LatestDraft;
import jp.itaku.gateway.portal.client.PlanSummary;
import jp.itaku.gateway.portal.web.Msg;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final int MAX_ENGAGEMENTS_FOR_DRAFTS = 100;

    private final Page page;
    private final ContractClient contracts;
    private final InspectionClient inspections;

    DashboardPages(Page page, ContractClient contracts, InspectionClient inspections) {
        this.page = page;
        this.contracts = contracts;
        this.inspections = inspections;
    }

    @GET
    public TemplateInstance dashboard() {
        page.require(RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.AUDITOR, RoleLabels.PROTECTION_MANAGER);
        Msg msg = page.msg();
        List<Bars> charts = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        try {
            List<Engagement> engagements = contracts.engagements(null);
            // every state contract-service knows, in its order and with its labels (none kept here), zero included
            Map<String, String> states = ContractVocabulary.labels(contracts.vocabulary().engagementStates(), page.locale());
            Map<String, Long> byState = new LinkedHashMap<>();
            states.values().forEach(label -> byState.put(label, 0L));
            engagements.forEach(e -> byState.merge(states.getOrDefault(e.state(), e.stateLabel()), 1L, Long::sum));
            charts.add(Bars.of(msg.chart_by_state(), byState, Map.of()));
            // the latest drafts of the first engagements of the list, as when each was read on its own
            Set<String> counted = engagements.stream().limit(MAX_ENGAGEMENTS_FOR_DRAFTS).map(Engagement::id)
                    .collect(Collectors.toSet());
            Map<String, Long> missing = new LinkedHashMap<>();
            for (LatestDraft latest : contracts.latestDrafts(null)) {
                if (!counted.contains(latest.engagementId())) {
                    continue;
                }
                for (LatestDraft.OpenElement el : latest.openElements()) {
                    if (el.missing()) {
                        missing.merge(el.id() + " " + el.name(), 1L, Long::sum);
                    }
                }
            }
            Map<String, Long> top = missing.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(8).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            charts.add(Bars.of(msg.chart_missing(), top, Map.of()));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add(msg.unavailable_contracts(e.problem().message()));
        }
        try {
            PlanSummary counts = inspections.planSummary();
            Map<String, Long> plan = new LinkedHashMap<>();
            plan.put(msg.plan_overdue(), counts.overdue());
            plan.put(msg.plan_due(), counts.due());
            plan.put(msg.plan_done(), counts.done());
            plan.put(msg.plan_scheduled(), counts.scheduled());
            charts.add(Bars.of(msg.chart_plan(), plan, Map.of(msg.plan_overdue(), "#b42318", msg.plan_done(), "#1e6b34")));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add(msg.unavailable_inspections(e.problem().message()));
        }
        Map<String, Long> incidents = null;
        try {
            incidents = incidentCounts(inspections.incidents("OPEN"));
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add(msg.unavailable_incidents(e.problem().message()));
        }
        return page.of("dashboard/dashboard.html").data("charts", charts).data("unavailable", unavailable)
                .data("incidents", incidents);
    }

    /** Open incidents, reportable ones, PPC reports overdue, first notices not yet acknowledged. */
    static Map<String, Long> incidentCounts(List<Incident> open) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("open", (long) open.size());
        counts.put("reportable", open.stream().filter(Incident::reportable).count());
        counts.put("overdue", open.stream().filter(Incident::overdue).count());
        counts.put("unacknowledged", open.stream().filter(i -> !i.acknowledged()).count());
        return counts;
    }
}
