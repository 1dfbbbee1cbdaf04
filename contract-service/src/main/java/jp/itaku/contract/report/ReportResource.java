package jp.itaku.contract.report;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.approval.ApprovalService;
import jp.itaku.contract.contractor.CertificationStatus;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.contractor.ContractorSummary;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.engagement.Engagement;

import java.util.List;
import java.util.UUID;

@Path("/api/contracts/engagements/{engagementId}/drafts/{version}/report.pdf")
public class ReportResource {

    @Inject
    ItakuClock clock;

    @Inject
    DraftService drafts;

    @Inject
    ApprovalService approvals;

    @Inject
    CertificationStatus certificationStatus;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @RateLimited(RateLimits.EXPORT)
    public Response pdf(@PathParam("engagementId") UUID engagementId, @PathParam("version") int version) {
        Engagement engagement = Engagement.findVisible(engagementId);
        ContractDraft draft = drafts.get(engagementId, version);
        List<String> expired = certificationStatus.expired(engagement.contractorId);
        ContractorSummary contractor = Contractor.findVisible(engagement.contractorId)
                .map(c -> ContractorSummary.of(c, expired))
                .orElse(new ContractorSummary(engagement.contractorId, null, null, engagement.orgCode, !expired.isEmpty(), expired));
        Approval approval = Approval.of(engagementId).orElse(null);
        byte[] pdf = new VerificationReportPdf(clock.today()).render(new VerificationReportPdf.Input(engagement, contractor, draft,
                drafts.report(draft), approval, approval == null ? List.of() : approvals.exceptions(approval)));
        String name = "契約書案検証報告書_第" + version + "版.pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(name))
                .build();
    }
}
