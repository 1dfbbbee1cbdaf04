package jp.itaku.contract.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.verification.Element;

import java.util.UUID;

@Path("/api/contracts/engagements/{engagementId}/approval")
public class ApprovalResource {

    @Inject
    ApprovalService service;

    @POST
    @RolesAllowed(Roles.PROTECTION_MANAGER)
    public Response approve(@PathParam("engagementId") UUID engagementId,
                            @Valid @NotNull(message = "リクエスト本文が必要です。") ApprovalRequest request) {
        return Response.status(201).entity(view(service.approve(engagementId, request))).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public ApprovalView get(@PathParam("engagementId") UUID engagementId) {
        Engagement.findVisible(engagementId);
        return view(Approval.of(engagementId).orElseThrow(() -> ItakuException.notFound("承認記録")));
    }

    private ApprovalView view(Approval a) {
        return new ApprovalView(a.id, a.engagementId, a.draftId, a.draftVersion, a.comment, a.approvedAt, a.approvedBy,
                a.approvedByName, service.exceptions(a).stream()
                .map(e -> new ExceptionView(e.elementId, Element.byId(e.elementId).japaneseName(), e.status, e.reason))
                .toList());
    }
}
