package jp.itaku.contract.onboarding;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.util.List;

/**
 * 職員の管理: the agency's staff, invited by e-mail with their roles, roles changed, deactivated — by the
 * 総括保護管理者 or a 保護管理者 ({@link GrantRules}). Every change is kept ({@code GET …/staff/changes}).
 */
@Path("/api/contracts/staff")
public class StaffResource {

    @Inject
    StaffService service;

    @GET
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER, Roles.AUDITOR})
    public List<PersonView> list() {
        return service.staff().stream().map(PersonView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER})
    @RateLimited(RateLimits.INVITATION)
    public Response invite(@Valid @NotNull(message = "本文が必要です。") InvitationRequest request) {
        Person person = service.inviteStaff(request.invitation());
        return Response.created(URI.create("/api/contracts/staff/" + person.id())).entity(PersonView.of(person)).build();
    }

    @PUT
    @Path("/{id}/roles")
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER})
    public PersonView roles(@PathParam("id") String id, @Valid @NotNull(message = "本文が必要です。") RolesRequest request) {
        return PersonView.of(service.changeRoles(id, request.roles()));
    }

    @POST
    @Path("/{id}/deactivation")
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER, Roles.PROCUREMENT_OFFICER})
    public PersonView deactivate(@PathParam("id") String id) {
        return PersonView.of(service.setEnabled(id, false));
    }

    @POST
    @Path("/{id}/reactivation")
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER, Roles.PROCUREMENT_OFFICER})
    public PersonView reactivate(@PathParam("id") String id) {
        return PersonView.of(service.setEnabled(id, true));
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER, Roles.AUDITOR})
    public List<ChangeView> changes() {
        return service.history().stream().map(ChangeView::of).toList();
    }
}
