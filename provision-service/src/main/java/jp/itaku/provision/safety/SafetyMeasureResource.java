package jp.itaku.provision.safety;

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
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Requests for safety measures made to a provision's recipient (P2). */
@Path("/api/provisions/{provisionId}/safety-measure-requests")
public class SafetyMeasureResource {

    @Inject
    SafetyMeasureService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public List<SafetyMeasureView> list(@PathParam("provisionId") UUID provisionId) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return SafetyMeasureRequest.of(provisionId).stream().map(SafetyMeasureView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public Response record(@PathParam("provisionId") UUID provisionId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") SafetyMeasureRequestBody body) {
        SafetyMeasureRequest created = service.record(provisionId, body.requestedOn(), body.method(), body.measures(),
                body.recipientResponse(), body.respondedOn());
        return Response.created(URI.create("/api/provisions/" + provisionId + "/safety-measure-requests/" + created.id))
                .entity(SafetyMeasureView.of(created)).build();
    }

    @POST
    @Path("/{requestId}/response")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public SafetyMeasureView recordResponse(@PathParam("provisionId") UUID provisionId,
                                            @PathParam("requestId") UUID requestId,
                                            @Valid @NotNull(message = "リクエスト本文が必要です。") ResponseBody body) {
        return SafetyMeasureView.of(service.recordResponse(provisionId, requestId, body.recipientResponse(),
                body.respondedOn()));
    }
}
