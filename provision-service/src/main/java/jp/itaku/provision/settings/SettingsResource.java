package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.security.Roles;

@Path("/api/provisions/settings")
public class SettingsResource {

    @Inject
    SettingsService service;

    @GET
    @Path("/history")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<SettingsChangeView> history(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.history(page, size).map(SettingsChangeView::of);
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public SettingsView get() {
        return SettingsView.of(service.require());
    }

    @PUT
    @RolesAllowed(Roles.CHIEF_PROTECTION_MANAGER)
    public SettingsView put(@Valid @NotNull(message = "リクエスト本文が必要です。") SettingsRequest request) {
        return SettingsView.of(service.save(request.agencyName(), AgencyType.valueOf(request.agencyType()),
                Citation.valueOf(request.citation())));
    }
}
