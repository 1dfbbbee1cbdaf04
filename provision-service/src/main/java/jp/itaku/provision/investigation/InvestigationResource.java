package jp.itaku.provision.investigation;

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

/** On-site investigations of a provision's recipient (P2). */
@Path("/api/provisions/{provisionId}/investigations")
public class InvestigationResource {

    @Inject
    InvestigationService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public List<InvestigationView> list(@PathParam("provisionId") UUID provisionId) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return Investigation.of(provisionId).stream().map(InvestigationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    public Response record(@PathParam("provisionId") UUID provisionId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") InvestigationRequest body) {
        Investigation created = service.record(provisionId, new InvestigationService.InvestigationData(
                InvestigationTiming.valueOf(body.timing()), body.conductedOn(), body.investigator(), body.place(),
                body.findings(), InvestigationResult.valueOf(body.result()), body.resultNote()));
        return Response.created(URI.create("/api/provisions/" + provisionId + "/investigations/" + created.id))
                .entity(InvestigationView.of(created)).build();
    }
}
