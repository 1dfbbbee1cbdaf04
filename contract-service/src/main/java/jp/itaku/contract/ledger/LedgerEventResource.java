package jp.itaku.contract.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.security.Roles;

import java.util.List;
import java.util.UUID;

/** Events on an engagement's ledger (copies authorised, media taken out, returned, erased). */
@Path("/api/contracts/engagements/{engagementId}/ledger-events")
public class LedgerEventResource {

    @Inject
    LedgerEventService service;

    /** Which kind each role may record is checked by the service ({@link LedgerEventKind#recordedBy}). */
    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CONTRACTOR})
    public Response record(@PathParam("engagementId") UUID engagementId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") EventRequest request) {
        LedgerEvent e = service.record(engagementId, new LedgerEventService.NewEvent(request.kind(), request.occurredOn(),
                request.actorName(), request.description()));
        return Response.status(201).entity(EventView.of(e)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<EventView> list(@PathParam("engagementId") UUID engagementId) {
        return service.list(engagementId).stream().map(EventView::of).toList();
    }
}
