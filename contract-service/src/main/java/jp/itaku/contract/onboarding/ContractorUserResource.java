package jp.itaku.contract.onboarding;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * 委託先の利用者: from a contractor's page, agency staff invite the contractor's people. Their {@code org} is the
 * contractor's organisation code, so they see only their organisation (and, when approved, its subtree).
 * TOTP follows the agency's choice ({@code agency.contractor_totp}, required unless the agency turned it off).
 */
@Path("/api/contracts/contractors/{id}/users")
public class ContractorUserResource {

    @Inject
    StaffService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER, Roles.AUDITOR})
    public List<PersonView> list(@PathParam("id") UUID contractorId) {
        return service.contractorUsers(contractorId).stream().map(PersonView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    @RateLimited(RateLimits.INVITATION)
    public Response invite(@PathParam("id") UUID contractorId,
                           @Valid @NotNull(message = "本文が必要です。") InvitationRequest request) {
        Person person = service.inviteContractorUser(contractorId, request.invitation(), service.contractorTotpRequired());
        return Response.created(URI.create("/api/contracts/staff/" + person.id()))
                .entity(PersonView.of(person)).build();
    }
}
