package jp.itaku.gateway.portal.client;

import jakarta.enterprise.context.RequestScoped;
import jp.itaku.gateway.portal.web.Services;

import java.util.List;
import java.util.UUID;

/**
 * inspection-service as the portal calls it, with the signed-in person's token (through {@link Services}): every
 * answer read into the records of this package. The interactions the pages use are the pact in
 * {@code pacts/gateway-inspection-service.json} (written by {@code InspectionClientPactTest}); inspection-service's
 * build replays it, so renaming a field read here fails there.
 */
@RequestScoped
public class InspectionClient {

    static final String API = "/api/inspections";

    private final Services services;

    private InspectionVocabulary vocabulary;

    public InspectionClient(Services services) {
        this.services = services;
    }

    /** The codes' labels, read once per request (this client is request scoped). */
    public InspectionVocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = services.get(API + "/vocabulary", InspectionVocabulary.class);
        }
        return vocabulary;
    }

    public List<InspectionEngagement> engagements() {
        return services.items(API + "/engagements?size=200", InspectionEngagement.class);
    }

    public InspectionEngagement engagement(UUID id) {
        return services.get(API + "/engagements/" + id, InspectionEngagement.class);
    }

    public List<ChainNode> chain(UUID engagementId) {
        return services.list(API + "/engagements/" + engagementId + "/chain", ChainNode.class);
    }

    /** The chain as a tree with inspection-service's roll-up, as far as the signed-in person may see it. */
    public List<ChainTreeNode> chainTree(UUID engagementId) {
        return services.list(API + "/engagements/" + engagementId + "/chain/tree", ChainTreeNode.class);
    }

    /** Every pending re-subcontracting request the person may see, with its engagement's title, in one call. */
    public List<PendingSubcontract> pendingSubcontracts() {
        return services.list(API + "/subcontract-requests", PendingSubcontract.class);
    }

    public void requestSubcontract(UUID parentId, SubcontractInput input) {
        services.post(API + "/nodes/" + parentId + "/subcontracts", input);
    }

    public void decideSubcontract(UUID nodeId, SubcontractDecisionInput input) {
        services.post(API + "/nodes/" + nodeId + "/decision", input);
    }

    public List<PlanEntry> plan() {
        return services.items(API + "/plan?size=200", PlanEntry.class);
    }

    public PlanSummary planSummary() {
        return services.get(API + "/plan/summary", PlanSummary.class);
    }

    public Check check(UUID id) {
        return services.get(API + "/checks/" + id, Check.class);
    }

    public Created startCheck(CheckInput input) {
        return services.post(API + "/checks", input, Created.class);
    }

    public List<Improvement> improvements() {
        return services.items(API + "/improvements?size=200", Improvement.class);
    }

    public List<SelfReport> selfReports() {
        return services.items(API + "/self-reports?size=200", SelfReport.class);
    }

    public SelfReport selfReport(UUID id) {
        return services.get(API + "/self-reports/" + id, SelfReport.class);
    }

    public Created startSelfReport(UUID nodeId) {
        return services.post(API + "/self-reports", new SelfReportStartInput(nodeId == null ? "" : nodeId.toString()),
                Created.class);
    }

    /** The contractor's answers to every question of the self-report, as typed (also before a submission). */
    public void saveAnswers(UUID reportId, AnswersInput input) {
        services.put(API + "/self-reports/" + reportId + "/answers", input);
    }

    /** Incidents the person may see; {@code status} null for all. */
    public List<Incident> incidents(String status) {
        return services.items(API + "/incidents?size=200" + (status == null ? "" : "&status=" + status), Incident.class);
    }

    public IncidentDetail incident(UUID id) {
        return services.get(API + "/incidents/" + id, IncidentDetail.class);
    }

    public IncidentDetail.Filed fileIncident(IncidentInput input) {
        return services.post(API + "/incidents", input, IncidentDetail.Filed.class);
    }

    public List<IncidentDetail.Notice> incidentNotices(UUID incidentId) {
        return services.list(API + "/incidents/notices?incidentId=" + incidentId, IncidentDetail.Notice.class);
    }

    public IncidentDetail.Clause clause(UUID nodeId) {
        return services.get(API + "/incidents/clause?nodeId=" + nodeId, IncidentDetail.Clause.class);
    }

    public IncidentDetail.Vocabulary incidentVocabulary() {
        return services.get(API + "/incidents/vocabulary", IncidentDetail.Vocabulary.class);
    }

    public NoticeSettings noticeSettings() {
        return services.get(API + "/notice-settings", NoticeSettings.class);
    }
}
