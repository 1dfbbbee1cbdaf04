package jp.itaku.contract.onboarding;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 職員の管理: the agency's staff, invited by e-mail with their roles, roles changed, deactivated — by the
 * 総括保護管理者 or a 保護管理者 ({@link GrantRules}). Every change is kept ({@code GET …/staff/changes}).
 */
@Path("/api/contracts/staff")
public class StaffResource {

    @Inject
    StaffService service;

    public record PersonView(String id, String username, String email, String lastName, String firstName,
                             boolean enabled, String org, List<String> roles, List<String> roleLabels) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.username(), p.email(), p.lastName(), p.firstName(), p.enabled(), p.org(),
                    p.roles(), p.roles().stream().map(GrantRules::label).toList());
        }
    }

    public record InvitationRequest(
            @NotBlank(message = "メールアドレスを入力してください。")
            @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "メールアドレスの形式が正しくありません。")
            @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。") String email,
            @NotBlank(message = "姓を入力してください。") @Size(max = 100, message = "姓は100文字以内で入力してください。") String lastName,
            @NotBlank(message = "名を入力してください。") @Size(max = 100, message = "名は100文字以内で入力してください。") String firstName,
            @Size(max = 5, message = "ロールは5つまでです。") List<@NotBlank(message = "ロールを選んでください。") String> roles) {
        StaffService.Invitation invitation() {
            return new StaffService.Invitation(email, lastName, firstName, roles);
        }
    }

    public record RolesRequest(@NotNull(message = "ロールを選んでください。") List<String> roles) {
    }

    public record ChangeView(String userId, String username, StaffChange.Action action, String actionLabel,
                             List<String> roles, String org, String changedBy, OffsetDateTime changedAt) {
        static ChangeView of(StaffChange c) {
            return new ChangeView(c.userId, c.username, c.action, c.action.label,
                    c.roles == null || c.roles.isBlank() ? List.of() : List.of(c.roles.split(",")), c.orgCode,
                    c.changedBy, c.changedAt);
        }
    }

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
