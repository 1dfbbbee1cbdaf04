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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import jp.itaku.inspection.evidence.EvidenceStore;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.UUID;

@Path("/api/inspections/checks")
public class CheckResource {

    @Inject
    ItakuClock clock;

    @Inject
    CheckService service;

    @Inject
    EvidenceStore evidence;

    @Inject
    ReportPdf pdf;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<CheckSummary> list(@QueryParam("nodeId") UUID nodeId,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = nodeId == null
                ? InspectionCheck.<InspectionCheck>find("order by performedOn desc, id")
                : InspectionCheck.<InspectionCheck>find("nodeId = ?1 order by performedOn desc, id", nodeId);
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "performedOn,desc")
                .map(CheckSummary::of);
    }

    @POST
    @RolesAllowed({Roles.INSPECTOR, Roles.CONTRACTOR})
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") CheckRequest request) {
        InspectionCheck check = service.create(new CheckService.NewCheck(request.planEntryId(), request.performedOn(),
                request.place(), request.attendees(), request.method(), request.methodReason()));
        return Response.created(URI.create("/api/inspections/checks/" + check.id)).entity(CheckView.of(check, clock.today())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public CheckView get(@PathParam("id") UUID id) {
        return InspectionCheck.findVisible(id).map(c -> CheckView.of(c, clock.today())).orElseThrow(() -> ItakuException.notFound("検査記録"));
    }

    @PUT
    @Path("/{id}/items/{code}")
    @RolesAllowed({Roles.INSPECTOR, Roles.CONTRACTOR})
    public ItemView record(@PathParam("id") UUID id, @PathParam("code") String code,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") ItemRequest request) {
        return ItemView.of(service.record(id, code, request.result(), request.note(), request.deadline()));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.INSPECTOR, Roles.CONTRACTOR})
    public CheckView complete(@PathParam("id") UUID id, @Valid CheckCompletion completion) {
        service.complete(id, completion == null ? null : completion.summary());
        return get(id);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.INSPECTOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "evidence", action = AccessAction.CREATE)
    @RateLimited(RateLimits.UPLOAD)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        InspectionCheck check = service.draft(id);
        EvidenceFile stored = evidence.store(EvidenceFile.OwnerKind.CHECK, check.id, check.nodeId, file, () -> service.draft(id));
        return EvidenceResource.created(stored);
    }

    /** 検査報告書 (PDF): the check, its items, findings and improvement requests with their state. */
    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER, Roles.INSPECTOR, Roles.AUDITOR,
            Roles.CONTRACTOR})
    @RateLimited(RateLimits.EXPORT)
    public Response report(@PathParam("id") UUID id) {
        InspectionCheck check = InspectionCheck.findVisible(id).orElseThrow(() -> ItakuException.notFound("検査記録"));
        return Response.ok(pdf.render(check), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"inspection-report-" + id + ".pdf\"")
                .build();
    }
}
