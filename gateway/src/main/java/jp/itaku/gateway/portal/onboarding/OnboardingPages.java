package jp.itaku.gateway.portal.onboarding;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.AgencyInput;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.InvitationInput;
import jp.itaku.gateway.portal.client.NoticeSettingsInput;
import jp.itaku.gateway.portal.client.RolesInput;
import jp.itaku.gateway.portal.client.StaffInvitationInput;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 利用者の招待と管理: the agency's staff (総括・保護管理者 invite, change roles, deactivate), a contractor's users
 * (from the contractor's page), the agencies of the platform operator, and each person's notice settings.
 * Everything goes through contract-service's onboarding API (which asks Keycloak) and inspection-service's notice
 * settings; refusals come back beside the field with what was typed kept.
 */
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class OnboardingPages {

    private static final String STAFF = "/api/contracts/staff";

    /** The agency roles a form offers, in order. */
    static final List<String> AGENCY_ROLES = List.of(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR);

    /** The agency roles with their names in the page's language. */
    private static List<Map<String, String>> agencyRoles(java.util.Locale locale) {
        return AGENCY_ROLES.stream().map(role -> Map.of("id", role, "label", RoleLabels.of(Set.of(role), locale).get(0))).toList();
    }

    private final Page page;
    private final Services services;
    private final ContractClient contracts;
    private final InspectionClient inspections;

    OnboardingPages(Page page, Services services, ContractClient contracts, InspectionClient inspections) {
        this.page = page;
        this.services = services;
        this.contracts = contracts;
        this.inspections = inspections;
    }

    // ------------------------------------------------------------------ staff

    @GET
    @Path("staff")
    public TemplateInstance staff() {
        page.require(RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.PROTECTION_MANAGER, RoleLabels.AUDITOR);
        return staffPage(Form.empty(), null);
    }

    @POST
    @Path("staff/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteStaff(@RestForm String email, @RestForm String lastName, @RestForm String firstName,
                                @RestForm List<String> roles) {
        page.require(RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.PROTECTION_MANAGER);
        try {
            services.post(STAFF, new StaffInvitationInput(trim(email), trim(lastName), trim(firstName),
                    roles == null ? List.of() : roles));
        } catch (ServiceException e) {
            return refused(e, staffPage(typed(email, lastName, firstName).refused(e.problem()), null));
        }
        return Response.seeOther(URI.create("/staff?invited=" + urlEncode(email.trim()))).build();
    }

    @POST
    @Path("staff/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roles(@PathParam("id") String id, @RestForm List<String> roles) {
        page.require(RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.PROTECTION_MANAGER);
        return act(() -> services.put(STAFF + "/" + id + "/roles", new RolesInput(roles == null ? List.of() : roles)),
                id, "/staff#person-" + id);
    }

    @POST
    @Path("staff/{id}/deactivation")
    public Response deactivate(@PathParam("id") String id, @RestForm String back) {
        return act(() -> services.post(STAFF + "/" + id + "/deactivation"), id, back(back, id));
    }

    @POST
    @Path("staff/{id}/reactivation")
    public Response reactivate(@PathParam("id") String id, @RestForm String back) {
        return act(() -> services.post(STAFF + "/" + id + "/reactivation"), id, back(back, id));
    }

    private TemplateInstance staffPage(Form invite, Map<String, String> rowErrors) {
        boolean manage = page.has(RoleLabels.CHIEF_PROTECTION_MANAGER) || page.has(RoleLabels.PROTECTION_MANAGER);
        return page.of("onboarding/staff.html")
                .data("people", contracts.staff())
                .data("changes", contracts.staffChanges())
                .data("roles", agencyRoles(page.locale()))
                .data("form", invite)
                .data("rowErrors", rowErrors == null ? Map.of() : rowErrors)
                .data("manage", manage);
    }

    // ------------------------------------------------------------------ contractor users

    @GET
    @Path("contractors/{id}/users")
    public TemplateInstance contractorUsers(@PathParam("id") UUID id) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER,
                RoleLabels.AUDITOR);
        return contractorPage(id, Form.empty());
    }

    @POST
    @Path("contractors/{id}/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inviteContractorUser(@PathParam("id") UUID id, @RestForm String email, @RestForm String lastName,
                                         @RestForm String firstName) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER);
        try {
            services.post("/api/contracts/contractors/" + id + "/users", invitation(email, lastName, firstName));
        } catch (ServiceException e) {
            return refused(e, contractorPage(id, typed(email, lastName, firstName).refused(e.problem())));
        }
        return Response.seeOther(URI.create("/contractors/" + id + "/users?invited=" + urlEncode(email.trim()))).build();
    }

    private TemplateInstance contractorPage(UUID id, Form invite) {
        return page.of("onboarding/contractor-users.html")
                .data("contractor", contracts.contractor(id))
                .data("people", contracts.contractorUsers(id))
                .data("form", invite)
                .data("invite", page.has(RoleLabels.PROCUREMENT_OFFICER) || page.has(RoleLabels.PROTECTION_MANAGER)
                        || page.has(RoleLabels.CHIEF_PROTECTION_MANAGER));
    }

    // ------------------------------------------------------------------ agencies (platform operator)

    @GET
    @Path("agencies")
    public TemplateInstance agencies() {
        page.require(RoleLabels.PLATFORM_ADMIN);
        return agencyPage(Form.empty());
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAgency(@RestForm String id, @RestForm String name, @RestForm String kind,
                                 @RestForm String citation, @RestForm String contractorTotp, @RestForm String email,
                                 @RestForm String lastName, @RestForm String firstName) {
        page.require(RoleLabels.PLATFORM_ADMIN);
        try {
            services.post("/api/contracts/agencies", new AgencyInput(trim(id), trim(name), blankToNull(kind),
                    blankToNull(citation), contractorTotp != null, invitation(email, lastName, firstName)));
        } catch (ServiceException e) {
            Form form = typed(email, lastName, firstName);
            form.values().put("id", trim(id));
            form.values().put("name", trim(name));
            form.values().put("kind", trim(kind));
            form.values().put("citation", trim(citation));
            Map<String, String> errors = new HashMap<>();
            e.problem().fields().forEach((field, message) -> errors.put(field.replace("chief.", ""), message));
            return refused(e, agencyPage(new Form(form.values(), errors, e.problem().message())));
        }
        return Response.seeOther(URI.create("/agencies?created=" + urlEncode(trim(id)))).build();
    }

    private TemplateInstance agencyPage(Form form) {
        return page.of("onboarding/agencies.html").data("agencies", contracts.agencies())
                .data("form", form);
    }

    // ------------------------------------------------------------------ notice settings

    @GET
    @Path("settings/notices")
    public TemplateInstance notices() {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER,
                RoleLabels.INSPECTOR, RoleLabels.AUDITOR, RoleLabels.CONTRACTOR);
        return noticePage(Form.empty());
    }

    @POST
    @Path("settings/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNotices(@RestForm String delivery) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER,
                RoleLabels.INSPECTOR, RoleLabels.AUDITOR, RoleLabels.CONTRACTOR);
        try {
            services.put("/api/inspections/notice-settings", new NoticeSettingsInput(blankToNull(delivery)));
        } catch (ServiceException e) {
            return refused(e, noticePage(Form.empty().refused(e.problem())));
        }
        return Response.seeOther(URI.create("/settings/notices?saved=1")).build();
    }

    private TemplateInstance noticePage(Form form) {
        return page.of("onboarding/notices.html").data("settings", inspections.noticeSettings())
                .data("form", form);
    }

    // ------------------------------------------------------------------ helpers

    private Response act(Runnable call, String id, String back) {
        try {
            call.run();
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500 || !back.startsWith("/staff")) {
                throw e;
            }
            return refused(e, staffPage(Form.empty(), Map.of(id, e.problem().message())));
        }
        return Response.seeOther(URI.create(back)).build();
    }

    private static Response refused(ServiceException e, TemplateInstance page) {
        if (e.problem().status() == 401 || e.problem().status() >= 500) {
            throw e;
        }
        return Response.status(e.problem().status()).entity(page).build();
    }

    private static String back(String back, String id) {
        return back != null && back.startsWith("/contractors/") && !back.contains("//") ? back : "/staff#person-" + id;
    }

    private static InvitationInput invitation(String email, String lastName, String firstName) {
        return new InvitationInput(trim(email), trim(lastName), trim(firstName));
    }

    private static Form typed(String email, String lastName, String firstName) {
        return new Form(new HashMap<>(Map.of("email", trim(email), "lastName", trim(lastName), "firstName",
                trim(firstName))), new HashMap<>(), null);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
