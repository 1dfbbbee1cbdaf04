package jp.itaku.inspection.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;

/** The agency's inspection intervals and self-report policy; changing them moves the open entries' due dates. */
@Path("/api/inspections/policy")
public class PolicyResource {

    @Inject
    Caller caller;

    @Inject
    PolicyService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PolicyView get() {
        return PolicyView.of(TenantPolicy.current());
    }

    @PUT
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public PolicyView put(@Valid @NotNull(message = "リクエスト本文が必要です。") PolicyView request) {
        return PolicyView.of(service.replace(request, caller.userName()));
    }
}
