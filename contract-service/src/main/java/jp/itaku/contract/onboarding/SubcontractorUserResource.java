package jp.itaku.contract.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * 再委託先の利用者: once the agency has approved a subcontract, its staff invite the subcontractor's first user (and
 * later ones) from the chain. Their {@code org} is the subcontractor's organisation code, so they see their own node
 * and its subtree only. TOTP follows the agency's choice for contractors.
 */
@Path("/api/contracts/subcontractors/{nodeId}/users")
public class SubcontractorUserResource {

    @Inject
    StaffService service;

    @Inject
    ChainNodes chain;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER, Roles.AUDITOR})
    public List<PersonView> list(@PathParam("nodeId") UUID nodeId) {
        return service.subcontractorUsers(chain.get(nodeId)).stream().map(PersonView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    @RateLimited(RateLimits.INVITATION)
    public Response invite(@PathParam("nodeId") UUID nodeId,
                           @Valid @NotNull(message = "本文が必要です。") InvitationRequest request) {
        Person person = service.inviteSubcontractorUser(chain.get(nodeId), request.invitation(), service.contractorTotpRequired());
        return Response.created(URI.create("/api/contracts/staff/" + person.id()))
                .entity(PersonView.of(person)).build();
    }
}
