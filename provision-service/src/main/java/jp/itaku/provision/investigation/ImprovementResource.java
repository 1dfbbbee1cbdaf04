package jp.itaku.provision.investigation;

import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.util.UUID;

/** Improvement requests to a provision's recipient (P2), tracked to closure. */
@Path("/api/provisions/{provisionId}/improvement-requests")
public class ImprovementResource {

    @Inject
    ItakuClock clock;

    @Inject
    InvestigationService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<ImprovementView> list(@PathParam("provisionId") UUID provisionId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return service.improvements(provisionId, null, false, page, size).map(r -> ImprovementView.of(r, clock.today()));
    }

    @POST
    @RolesAllowed({Roles.INSPECTOR, Roles.PROTECTION_MANAGER})
    public Response request(@PathParam("provisionId") UUID provisionId,
                            @Valid @NotNull(message = "リクエスト本文が必要です。") ImprovementRequestBody body) {
        ImprovementRequest created = service.request(provisionId, body.investigationId(), body.requestedOn(),
                body.content(), body.deadline());
        return Response.created(URI.create("/api/provisions/" + provisionId + "/improvement-requests/" + created.id))
                .entity(ImprovementView.of(created, clock.today())).build();
    }

    @POST
    @Path("/{requestId}/close")
    @RolesAllowed({Roles.INSPECTOR, Roles.PROTECTION_MANAGER})
    public ImprovementView close(@PathParam("provisionId") UUID provisionId, @PathParam("requestId") UUID requestId,
                                 @Valid CloseBody body) {
        return ImprovementView.of(service.close(provisionId, requestId, body == null ? null : body.result(),
                body == null ? null : body.completedOn()), clock.today());
    }
}
