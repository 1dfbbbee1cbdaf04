package jp.itaku.contract.audit;

import jp.itaku.api.inspection.Improvement;
import jp.itaku.api.inspection.IncidentSummary;
import jp.itaku.api.inspection.PlanEntry;
import jp.itaku.api.inspection.SelfReportSummary;

import java.util.List;

/**
 * What the 監査報告書 reads from inspection-service, as the caller sees it there: the inspection plan, the improvement
 * requests, the self-reports and the incidents of the caller's agency, each list whole (up to {@code maxPages}
 * pages). The pact {@code InspectionServicePactTest} runs these calls against Pact's mock; inspection-service replays
 * them.
 */
public final class InspectionAuditClient {

    public static final String PLAN = "/api/inspections/plan";
    public static final String IMPROVEMENTS = "/api/inspections/improvements";
    public static final String SELF_REPORTS = "/api/inspections/self-reports";
    public static final String INCIDENTS = "/api/inspections/incidents";

    private final ServiceCall call;
    private final int maxPages;

    public InspectionAuditClient(ServiceCall call, int maxPages) {
        this.call = call;
        this.maxPages = maxPages;
    }

    public List<PlanEntry> plan() throws Unavailable {
        return call.allItems(PLAN, PlanEntry.class, maxPages);
    }

    public List<Improvement> improvements() throws Unavailable {
        return call.allItems(IMPROVEMENTS, Improvement.class, maxPages);
    }

    public List<SelfReportSummary> selfReports() throws Unavailable {
        return call.allItems(SELF_REPORTS, SelfReportSummary.class, maxPages);
    }

    public List<IncidentSummary> incidents() throws Unavailable {
        return call.allItems(INCIDENTS, IncidentSummary.class, maxPages);
    }
}
