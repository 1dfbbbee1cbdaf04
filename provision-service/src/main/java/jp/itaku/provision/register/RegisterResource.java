package jp.itaku.provision.register;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.security.Roles;


/** 台帳: every provision of a division (or of the agency), as JSON, CSV or PDF. */
@Path("/api/provisions/register")
public class RegisterResource {

    @Inject
    ItakuClock clock;

    @Inject
    RegisterService service;

    @Inject
    jp.itaku.common.access.AccessContext access;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-register", action = AccessAction.LIST)
    public RegisterService.Register get(@QueryParam("division") @Size(max = 100, message = "担当部署は100文字以内で指定してください。")
                                        String division) {
        RegisterService.Register register = service.of(division);
        access.rows(register.rows().size());
        return register;
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-register", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response csv(@QueryParam("division") @Size(max = 100, message = "担当部署は100文字以内で指定してください。")
                        String division) {
        RegisterService.Register register = service.of(division);
        access.rows(register.rows().size());
        return download(RegisterCsv.render(register.rows()), "text/csv; charset=UTF-8", division, "csv");
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-register", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response pdf(@QueryParam("division") @Size(max = 100, message = "担当部署は100文字以内で指定してください。")
                        String division) {
        RegisterService.Register register = service.of(division);
        access.rows(register.rows().size());
        return download(RegisterPdf.render(register, clock.today()), "application/pdf", division, "pdf");
    }

    private static Response download(byte[] body, String type, String division, String extension) {
        String name = "提供台帳" + (division == null || division.isBlank() ? "" : "_" + division) + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", ContentDisposition.attachment(name, "provision-register." + extension))
                .build();
    }
}
