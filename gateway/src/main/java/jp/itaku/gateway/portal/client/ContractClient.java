package jp.itaku.gateway.portal.client;

import jakarta.enterprise.context.RequestScoped;
import jp.itaku.gateway.portal.web.Services;

import java.util.List;
import java.util.UUID;

/**
 * contract-service as the portal calls it, with the signed-in person's token (through {@link Services}): every answer
 * read into the records of this package. The interactions the pages use are the pact in
 * {@code pacts/gateway-contract-service.json} (written by {@code ContractClientPactTest}); contract-service's build
 * replays it, so renaming a field read here fails there.
 */
@RequestScoped
public class ContractClient {

    static final String API = "/api/contracts";

    private final Services services;

    public ContractClient(Services services) {
        this.services = services;
    }

    public ContractVocabulary vocabulary() {
        return services.get(API + "/vocabulary", ContractVocabulary.class);
    }

    public List<Contractor> contractors() {
        return services.items(API + "/contractors?size=200", Contractor.class);
    }

    public Contractor contractor(UUID id) {
        return services.get(API + "/contractors/" + id, Contractor.class);
    }

    /** Engagements the person may see; {@code state} null or blank for all. */
    public List<Engagement> engagements(String state) {
        String query = state == null || state.isBlank() ? "" : "&state=" + state.replaceAll("[^A-Z_]", "");
        return services.items(API + "/engagements?size=200" + query, Engagement.class);
    }

    public EngagementDetail engagement(UUID id) {
        return services.get(API + "/engagements/" + id, EngagementDetail.class);
    }

    public Created createEngagement(EngagementInput input) {
        return services.post(API + "/engagements", input, Created.class);
    }

    public void transition(UUID id, String to, String note) {
        services.post(API + "/engagements/" + id + "/transitions", new TransitionInput(to, note));
    }

    public void approve(UUID id, ApprovalInput input) {
        services.post(API + "/engagements/" + id + "/approval", input);
    }

    /** 利用者を招待: a user of an approved subcontractor, invited from its node in the chain. */
    public void inviteSubcontractorUser(UUID nodeId, InvitationInput input) {
        services.post(API + "/subcontractors/" + nodeId + "/users", input);
    }

    public List<Draft> drafts(UUID engagementId) {
        return services.list(API + "/engagements/" + engagementId + "/drafts", Draft.class);
    }

    /** The latest draft of each engagement the person may see ({@code state} null or blank for all), in one call. */
    public List<LatestDraft> latestDrafts(String state) {
        String query = state == null || state.isBlank() ? "" : "?state=" + state.replaceAll("[^A-Z_]", "");
        return services.list(API + "/drafts/latest" + query, LatestDraft.class);
    }

    public Verification draft(UUID engagementId, int version) {
        return services.get(API + "/engagements/" + engagementId + "/drafts/" + version, Verification.class);
    }

    public DraftText draftText(UUID engagementId, int version) {
        return services.get(API + "/engagements/" + engagementId + "/drafts/" + version + "/text", DraftText.class);
    }

    public DraftDiff diff(UUID engagementId, int from, int to) {
        return services.get(API + "/engagements/" + engagementId + "/drafts/diff?from=" + from + "&to=" + to,
                DraftDiff.class);
    }

    public Verification upload(UUID engagementId, String fileName, String contentType, byte[] content) {
        return services.upload(API + "/engagements/" + engagementId + "/drafts", fileName, contentType, content,
                Verification.class);
    }

    /** {@code query} as {@code LedgerPages.query} builds it ("" or "?…"). */
    public Ledger ledger(String query) {
        return services.get(API + "/ledger" + query, Ledger.class);
    }

    public Audit.ChainVerification auditVerification() {
        return services.get(API + "/audit/verification", Audit.ChainVerification.class);
    }

    public Services.PageOf<Audit.AccessRecord> accessRecords(String query) {
        return services.page(API + "/audit/records?" + query, Audit.AccessRecord.class);
    }

    public Audit.LoginEvents loginEvents(int max) {
        return services.get(API + "/audit/login-events?max=" + max, Audit.LoginEvents.class);
    }

    /** {@code query} "" or "?month=…". */
    public Audit.Analysis analysis(String query) {
        return services.get(API + "/audit/analysis" + query, Audit.Analysis.class);
    }

    public List<Onboarding.Person> staff() {
        return services.list(API + "/staff", Onboarding.Person.class);
    }

    public List<Onboarding.StaffChange> staffChanges() {
        return services.list(API + "/staff/changes", Onboarding.StaffChange.class);
    }

    public List<Onboarding.Person> contractorUsers(UUID contractorId) {
        return services.list(API + "/contractors/" + contractorId + "/users", Onboarding.Person.class);
    }

    public List<Onboarding.Agency> agencies() {
        return services.list(API + "/agencies", Onboarding.Agency.class);
    }
}
