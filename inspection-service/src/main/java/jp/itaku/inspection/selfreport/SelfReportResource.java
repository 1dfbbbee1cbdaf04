package jp.itaku.inspection.selfreport;

import jakarta.inject.Inject;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceResource;
import jp.itaku.inspection.evidence.EvidenceView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.UUID;

@Path("/api/inspections")
public class SelfReportResource {

    @Inject
    SelfReportService service;

    @Inject
    AnswerStore answers;

    @Inject
    Caller caller;

    @GET
    @Path("/questionnaires/current")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public QuestionnaireView currentQuestionnaire() {
        return QuestionnaireView.of(service.current());
    }

    /** A new version of the questionnaire; reports already started keep the version they were started with. */
    @POST
    @Path("/questionnaires")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.INSPECTOR})
    public Response publish(@Valid @NotNull(message = "リクエスト本文が必要です。") QuestionnaireRequest request) {
        Questionnaire q = service.publish(request.title(), request.questions(), caller.userName());
        return Response.created(URI.create("/api/inspections/questionnaires/current")).entity(QuestionnaireView.of(q)).build();
    }

    /** Starts the self-report of one of the caller's own nodes, on the tenant's current questionnaire. */
    @POST
    @Path("/self-reports")
    @RolesAllowed(Roles.CONTRACTOR)
    @AccessRecorded(type = "self-report", action = AccessAction.CREATE)
    public Response start(@Valid @NotNull(message = "リクエスト本文が必要です。") StartRequest request) {
        SelfReport report = service.start(request.nodeId());
        return Response.created(URI.create("/api/inspections/self-reports/" + report.id)).entity(view(report)).build();
    }

    @GET
    @Path("/self-reports")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "self-report", action = AccessAction.LIST)
    public PageResult<SelfReportSummary> list(@QueryParam("status") SelfReport.Status status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = status == null
                ? SelfReport.<SelfReport>find("order by createdAt desc, id")
                : SelfReport.<SelfReport>find("status = ?1 order by createdAt desc, id", status);
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "createdAt,desc")
                .map(SelfReportSummary::of);
    }

    @GET
    @Path("/self-reports/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "self-report", action = AccessAction.READ)
    public SelfReportView get(@PathParam("id") UUID id) {
        return view(SelfReport.findVisible(id).orElseThrow(() -> ItakuException.notFound("自己点検報告")));
    }

    @PUT
    @Path("/self-reports/{id}/answers")
    @RolesAllowed(Roles.CONTRACTOR)
    @AccessRecorded(type = "self-report", action = AccessAction.UPDATE)
    public SelfReportView saveAnswers(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "リクエスト本文が必要です。") AnswersRequest request) {
        return view(service.saveAnswers(id, request.answers()));
    }

    @POST
    @Path("/self-reports/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONTRACTOR)
    @AccessRecorded(type = "evidence", action = AccessAction.CREATE)
    @RateLimited(RateLimits.UPLOAD)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        EvidenceFile stored = service.attach(id, file);
        return EvidenceResource.created(stored);
    }

    @POST
    @Path("/self-reports/{id}/submission")
    @RolesAllowed(Roles.CONTRACTOR)
    @AccessRecorded(type = "self-report", action = AccessAction.UPDATE)
    public SelfReportView submit(@PathParam("id") UUID id) {
        return view(service.submit(id));
    }

    @POST
    @Path("/self-reports/{id}/review")
    @RolesAllowed(Roles.INSPECTOR)
    @AccessRecorded(type = "self-report", action = AccessAction.UPDATE)
    public SelfReportView review(@PathParam("id") UUID id, @Valid @NotNull(message = "リクエスト本文が必要です。") Review review) {
        return view(service.review(id, review.decision() == ReviewDecision.ACCEPT, review.comment()));
    }

    private SelfReportView view(SelfReport r) {
        Questionnaire q = Questionnaire.<Questionnaire>findByIdOptional(r.questionnaireId).orElseThrow();
        return new SelfReportView(r.id, r.nodeId, r.engagementId, q.version, r.status.name(), service.questionsOf(r),
                answers.answers(r.id),
                EvidenceFile.of(EvidenceFile.OwnerKind.SELF_REPORT, r.id).stream().map(EvidenceView::of).toList(),
                r.createdAt, r.createdBy, r.submittedAt, r.submittedBy, r.reviewedAt, r.reviewedBy, r.reviewComment,
                r.satisfiesPlan);
    }
}
