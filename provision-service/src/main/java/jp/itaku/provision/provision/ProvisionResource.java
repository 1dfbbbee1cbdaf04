package jp.itaku.provision.provision;

import jp.itaku.provision.provision.model.ProvisionState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.settings.AgencySetting;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Path("/api/provisions")
public class ProvisionResource {

    @Inject
    ProvisionService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision", action = AccessAction.LIST)
    public PageResult<ProvisionView> list(
            @QueryParam("division") @Size(max = 100, message = "担当部署は100文字以内で指定してください。") String division,
            @QueryParam("state") @Pattern(regexp = "DRAFT|AGREED|PROVIDING|ENDED",
                    message = "状態は DRAFT（起案）、AGREED（合意済）、PROVIDING（提供中）、ENDED（終了）のいずれかを指定してください。")
            String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        Optional<AgencySetting> setting = AgencySetting.current();
        return service.list(division, state == null ? null : ProvisionState.valueOf(state), page, size)
                .map(p -> ProvisionView.of(p, setting));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision", action = AccessAction.READ)
    public ProvisionView get(@PathParam("id") UUID id) {
        return Provision.findVisible(id).map(ProvisionView::of).orElseThrow(() -> ItakuException.notFound("提供"));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    @AccessRecorded(type = "provision", action = AccessAction.CREATE)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") ProvisionRequest request) {
        Provision created = service.create(request.toData());
        return Response.created(URI.create("/api/provisions/" + created.id)).entity(ProvisionView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    @AccessRecorded(type = "provision", action = AccessAction.UPDATE)
    public ProvisionView update(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "リクエスト本文が必要です。") ProvisionRequest request) {
        return ProvisionView.of(service.update(id, request.toData()));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public ProvisionView start(@PathParam("id") UUID id) {
        return ProvisionView.of(service.start(id));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public ProvisionView end(@PathParam("id") UUID id, @Valid EndRequest request) {
        return ProvisionView.of(service.end(id, request == null ? null : request.reason()));
    }
}
