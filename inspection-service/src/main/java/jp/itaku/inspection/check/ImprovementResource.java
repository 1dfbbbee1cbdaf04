package jp.itaku.inspection.check;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceResource;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/inspections/improvements")
public class ImprovementResource {

    @Inject
    ItakuClock clock;

    @Inject
    ImprovementService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<ImprovementView> list(@QueryParam("status") ImprovementRequest.Status status,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = status == null
                ? ImprovementRequest.<ImprovementRequest>find("order by deadline, id")
                : ImprovementRequest.<ImprovementRequest>find("status = ?1 order by deadline, id", status);
        LocalDate today = clock.today();
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "deadline")
                .map(r -> ImprovementView.of(r, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public ImprovementView get(@PathParam("id") UUID id) {
        return ImprovementRequest.findVisible(id).map(r -> ImprovementView.of(r, clock.today()))
                .orElseThrow(() -> ItakuException.notFound("改善要求"));
    }

    @POST
    @Path("/{id}/response")
    @RolesAllowed(Roles.CONTRACTOR)
    public ImprovementView respond(@PathParam("id") UUID id,
                                   @Valid @NotNull(message = "リクエスト本文が必要です。") ImprovementResponse request) {
        service.respond(id, request.response());
        return get(id);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONTRACTOR)
    @AccessRecorded(type = "evidence", action = AccessAction.CREATE)
    @RateLimited(RateLimits.UPLOAD)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        EvidenceFile stored = service.attach(id, file);
        return EvidenceResource.created(stored);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.INSPECTOR)
    public ImprovementView close(@PathParam("id") UUID id, @Valid ImprovementClosure closure) {
        service.close(id, closure == null ? null : closure.comment());
        return get(id);
    }
}
