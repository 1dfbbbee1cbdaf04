package jp.itaku.contract.engagement;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessContext;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementViews.EngagementDetail;
import jp.itaku.contract.engagement.EngagementViews.EngagementView;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Path("/api/contracts/engagements")
public class EngagementResource {

    @Inject
    ItakuClock clock;

    private static final int EXPORT_CHUNK = 1000;

    @Inject
    AccessContext access;

    @Inject
    EngagementService service;

    @Inject
    EngagementViews views;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<EngagementView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size,
                                           @QueryParam("state") String state,
                                           @QueryParam("contractorId") String contractorId) {
        PageResult<Engagement> result = service.list(page, size,
                state == null ? null : EngagementService.parseState(state, "state"), uuid(contractorId, "contractorId"));
        return new PageResult<>(views.views(result.items()), page, size, result.total(), result.sort());
    }

    /** Every engagement the caller may see, as CSV (UTF-8 with BOM, for Excel) or JSON. */
    @GET
    @Path("/export")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "engagement", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        String date = clock.today().toString();
        if ("json".equals(format)) {
            return Response.ok(exportViews(), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"engagements-" + date + ".json\"").build();
        }
        if (!"csv".equals(format)) {
            throw ItakuException.invalid("format", "出力形式は csv 又は json を指定してください。");
        }
        StringBuilder csv = new StringBuilder(EngagementCsv.header());
        List<EngagementView> rows = exportViews();
        rows.forEach(v -> csv.append(EngagementCsv.row(v)));
        access.rows(rows.size());
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"engagements-" + date + ".csv\"").build();
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ItakuException.invalid(field, "「" + field + "」は UUID の形式で指定してください。");
        }
    }

    private List<EngagementView> exportViews() {
        List<EngagementView> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<Engagement> chunk = service.list(page, EXPORT_CHUNK, null, null).items();
            all.addAll(views.views(chunk));
            if (chunk.size() < EXPORT_CHUNK) {
                return all;
            }
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public EngagementDetail get(@PathParam("id") UUID id) {
        return views.detail(Engagement.findVisible(id));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") EngagementRequest request) {
        Engagement e = service.create(request);
        return Response.created(URI.create("/api/contracts/engagements/" + e.id)).entity(views.view(e)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public EngagementView update(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "リクエスト本文が必要です。") EngagementRequest request) {
        return views.view(service.update(id, request));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public EngagementDetail transition(@PathParam("id") UUID id,
                                       @Valid @NotNull(message = "リクエスト本文が必要です。") TransitionRequest request) {
        return views.detail(service.transition(id, request.to(), request.note()));
    }
}
