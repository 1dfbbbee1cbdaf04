package jp.itaku.inspection.plan;

import jp.itaku.inspection.plan.model.PlanState;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.time.ItakuClock;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;

import java.util.UUID;

@Path("/api/inspections/plan")
public class PlanResource {

    @Inject
    ItakuClock clock;

    @Inject
    PlanService service;

    @Inject
    Caller caller;

    @Inject
    CalendarFeed calendar;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<PlanView> list(@QueryParam("state") PlanState state,
                                     @QueryParam("engagementId") UUID engagementId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.list(clock.today(), state, engagementId, page, size).map(PlanView::of);
    }

    /** Counts of overdue / due / done / scheduled entries for the caller's agency. */
    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PlanService.Counts summary() {
        return service.counts(clock.today());
    }

    /** 検査予定 as iCalendar: the open entries assigned to the calling inspector. */
    @GET
    @Path("/calendar.ics")
    @Produces("text/calendar")
    @RolesAllowed(Roles.INSPECTOR)
    @RateLimited(RateLimits.EXPORT)
    public Response calendar() {
        return Response.ok(calendar.of(caller.userName()), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"inspection-plan.ics\"").build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PlanView get(@PathParam("id") UUID id) {
        return service.row(id, clock.today()).map(PlanView::of)
                .orElseThrow(() -> ItakuException.notFound("検査計画"));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.INSPECTOR})
    public PlanView update(@PathParam("id") UUID id, @Valid @NotNull(message = "リクエスト本文が必要です。") PlanUpdate update) {
        service.update(id, update.method(), update.methodReason(), update.inspectedBy(), update.assignee(), caller.userName());
        return get(id);
    }
}
