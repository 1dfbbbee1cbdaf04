package jp.itaku.provision.investigation;

import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.investigation.ImprovementView;

/** Agency-wide follow-up: every improvement request, soonest deadline first, so that none is forgotten. */
@Path("/api/provisions/improvement-requests")
public class OpenImprovementsResource {

    @Inject
    ItakuClock clock;

    @Inject
    InvestigationService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<ImprovementView> list(
            @QueryParam("state") @Pattern(regexp = "OPEN|CLOSED", message = "状態は OPEN（対応中）または CLOSED（完了）を指定してください。")
            String state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.improvements(null, state == null ? null : ImprovementRequest.State.valueOf(state), overdue,
                page, size).map(r -> ImprovementView.of(r, clock.today()));
    }
}
