package jp.itaku.inspection.incident;

import jakarta.inject.Inject;
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
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.engagement.Engagement;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceResource;
import jp.itaku.inspection.evidence.EvidenceView;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** 漏えい等事案 (guideline 第9, APPI 第68条): from the first notice to the PPC report and closure. */
@Path("/api/inspections/incidents")
public class IncidentResource {

    static final String[] READERS = {Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR};

    @Inject
    IncidentService service;

    @Inject
    PpcReport ppc;

    @Inject
    ContractClauseClient clauses;

    @Inject
    ItakuClock clock;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/vocabulary")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public IncidentVocabulary vocabulary() {
        return new IncidentVocabulary(
                Arrays.stream(ReportableCategory.values()).filter(c -> !c.localBodiesOnly)
                        .map(c -> new IncidentCode(c.name(), c.mark, c.label, c.citation)).toList(),
                Arrays.stream(MyNumberCategory.values()).map(c -> new IncidentCode(c.name(), "", c.label, c.citation)).toList(),
                Arrays.stream(Incident.CauseParty.values()).map(c -> new IncidentCode(c.name(), "", c.label, "")).toList(),
                Arrays.stream(Incident.Publication.values()).map(c -> new IncidentCode(c.name(), "", c.label, "")).toList(),
                service.quickReportDays());
    }

    @GET
    @Path("/clause")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public ContractClauseClient.Clause clause(@QueryParam("nodeId") UUID nodeId) {
        if (nodeId == null) {
            throw ItakuException.invalid("nodeId", "委託先（nodeId）を指定してください。");
        }
        ChainNode node = ChainNode.findVisible(nodeId).orElseThrow(() -> ItakuException.notFound("委託先"));
        return clauses.clause(node, token.getRawToken());
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "incident", action = AccessAction.LIST)
    public PageResult<IncidentSummary> list(@QueryParam("status") Incident.Status status,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = status == null
                ? Incident.<Incident>find("order by status desc, finalDue, reportedAt desc")
                : Incident.<Incident>find("status = ?1 order by finalDue, reportedAt desc", status);
        LocalDate today = clock.today();
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "finalDue")
                .map(i -> summary(i, today));
    }

    @POST
    @RolesAllowed({Roles.CONTRACTOR, Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR})
    @AccessRecorded(type = "incident", action = AccessAction.CREATE)
    public Response file(@Valid @NotNull(message = "リクエスト本文が必要です。") IncidentRequest request) {
        Incident incident = service.file(request);
        return Response.created(URI.create("/api/inspections/incidents/" + incident.id)).entity(get(incident.id)).build();
    }

    @GET
    @Path("/notices")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public List<NoticeView> notices(@QueryParam("incidentId") UUID incidentId) {
        List<String> roles = caller.roles().stream().toList();
        List<IncidentNotice> notices = incidentId == null
                ? IncidentNotice.list("recipientRole in ?1 order by createdAt desc", roles)
                : IncidentNotice.list("incidentId = ?1 order by createdAt desc", incidentId);
        return notices.stream().limit(200).map(n -> new NoticeView(n.id, n.incidentId, n.recipientRole, n.kind.name(),
                n.message, n.createdAt)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "incident", action = AccessAction.READ)
    public IncidentDetail get(@PathParam("id") UUID id) {
        Incident i = Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        return new IncidentDetail(summary(i, clock.today()), i.occurredOn, i.discoveredOn, i.discoverer,
                i.categories(), i.myNumberCategories(), i.highEncryption, i.involvement, i.facts,
                i.items, i.overHundredAt, i.causeParty == null ? null : i.causeParty.name(), i.cause, i.secondaryDamage,
                i.individualResponse, i.publicationDecision == null ? null : i.publicationDecision.name(),
                i.publicationReason, i.publicationStatus, i.otherNotes, i.signedOffAt, i.signedOffBy, i.closedAt,
                i.closedBy, EscalationStep.of(id).stream().map(StepView::of).toList(),
                IncidentEvent.of(id).stream().map(e -> new IncidentEventView(e.at, e.actor, e.kind, e.text)).toList(),
                RecurrenceMeasure.of(id).stream().map(MeasureView::of).toList(),
                IndividualNotice.of(id).stream().map(n -> new IndividualNoticeView(n.id, n.notifiedAt, n.method, n.people,
                        n.note, n.recordedAt, n.recordedBy)).toList(),
                IncidentReport.of(id).stream().map(ReportView::of).toList(),
                EvidenceFile.of(EvidenceFile.OwnerKind.INCIDENT, id).stream().map(EvidenceView::of).toList(),
                ppc.items(i));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CONTRACTOR, Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR})
    @AccessRecorded(type = "incident", action = AccessAction.UPDATE)
    public IncidentDetail update(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "リクエスト本文が必要です。") IncidentRequest request) {
        service.update(id, request);
        return get(id);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CONTRACTOR, Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR})
    @AccessRecorded(type = "incident-evidence", action = AccessAction.CREATE)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        return EvidenceResource.created(service.attach(id, file));
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public StepView report(@PathParam("id") UUID id, @Valid @NotNull(message = "リクエスト本文が必要です。") StepRequest request) {
        return StepView.of(service.report(id, request.step(), request.note()));
    }

    @POST
    @Path("/{id}/steps/{step}/acknowledgement")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public StepView acknowledge(@PathParam("id") UUID id, @PathParam("step") String step, @Valid AcknowledgeRequest request) {
        EscalationStep.Step s = Arrays.stream(EscalationStep.Step.values()).filter(v -> v.name().equals(step)).findFirst()
                .orElseThrow(() -> ItakuException.invalid("step", "報告の段階「" + step + "」はありません（RECEIPT・TO_CHIEF・TO_HEAD）。"));
        return StepView.of(service.acknowledge(id, s, request == null ? null : request.note()));
    }

    @POST
    @Path("/{id}/reports")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public Response issue(@PathParam("id") UUID id, @Valid @NotNull(message = "リクエスト本文が必要です。") ReportRequest request) {
        IncidentReport report = service.issueReport(id, request.kind(), ppc);
        return Response.created(URI.create("/api/inspections/incidents/" + id + "/reports/" + report.version + "/pdf"))
                .entity(ReportView.of(report)).build();
    }

    @GET
    @Path("/{id}/reports")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "incident-report", action = AccessAction.LIST)
    public List<ReportView> reports(@PathParam("id") UUID id) {
        Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        return IncidentReport.of(id).stream().map(ReportView::of).toList();
    }

    @GET
    @Path("/{id}/reports/{version}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "incident-report", action = AccessAction.DOWNLOAD)
    public Response pdf(@PathParam("id") UUID id, @PathParam("version") int version) {
        IncidentReport report = version(id, version);
        return Response.ok(ppc.pdf(ppc.content(report)), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(
                        "漏えい等報告_" + report.kind.label + "_第" + version + "版.pdf", "incident-report-" + version + ".pdf"))
                .build();
    }

    @GET
    @Path("/{id}/reports/{version}/csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "incident-report", action = AccessAction.EXPORT)
    public Response csv(@PathParam("id") UUID id, @PathParam("version") int version) {
        IncidentReport report = version(id, version);
        return Response.ok(ppc.csv(ppc.content(report)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(
                        "漏えい等報告_" + report.kind.label + "_第" + version + "版.csv", "incident-report-" + version + ".csv"))
                .build();
    }

    @POST
    @Path("/{id}/individual-notices")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "incident-individual-notice", action = AccessAction.UPDATE)
    public IncidentDetail individuals(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "リクエスト本文が必要です。") IndividualNoticeRequest request) {
        service.notifyIndividuals(id, request.notifiedAt(), request.method(), request.people(), request.note());
        return get(id);
    }

    @PUT
    @Path("/{id}/publication")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public IncidentDetail publication(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "リクエスト本文が必要です。") PublicationRequest request) {
        service.decidePublication(id, request.decision(), request.reason(), request.status());
        return get(id);
    }

    @POST
    @Path("/{id}/measures")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public Response measure(@PathParam("id") UUID id, @Valid @NotNull(message = "リクエスト本文が必要です。") MeasureRequest request) {
        RecurrenceMeasure m = service.addMeasure(id, request.description(), request.status(), request.dueOn(),
                request.improvementDeadline(), request.inspectionDueOn());
        return Response.status(201).entity(MeasureView.of(m)).build();
    }

    @POST
    @Path("/{id}/signoff")
    @RolesAllowed(Roles.CHIEF_PROTECTION_MANAGER)
    public IncidentDetail signOff(@PathParam("id") UUID id, @Valid SignOffRequest request) {
        service.signOff(id, request == null ? null : request.comment());
        return get(id);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public IncidentDetail close(@PathParam("id") UUID id, @Valid SignOffRequest request) {
        service.close(id, request == null ? null : request.comment());
        return get(id);
    }

    private IncidentReport version(UUID id, int version) {
        Incident.findVisible(id).orElseThrow(() -> ItakuException.notFound("事故等の報告"));
        return IncidentReport.of(id, version).orElseThrow(() -> ItakuException.notFound("報告の第" + version + "版"));
    }

    private static IncidentSummary summary(Incident i, LocalDate today) {
        ChainNode node = ChainNode.findVisible(i.nodeId).orElseThrow();
        Engagement engagement = Engagement.findVisible(i.engagementId).orElseThrow();
        List<IncidentReport> reports = IncidentReport.of(i.id);
        boolean quick = !reports.isEmpty();
        boolean fin = reports.stream().anyMatch(r -> r.kind == IncidentReport.Kind.FINAL);
        boolean acknowledged = EscalationStep.of(i.id, EscalationStep.Step.RECEIPT).map(s -> s.acknowledgedAt != null).orElse(false);
        boolean closed = i.status == Incident.Status.CLOSED;
        return new IncidentSummary(i.id, i.engagementId, engagement.title, i.nodeId, node.name, node.depth, i.title,
                i.status.name(), i.reportable, i.reportableCategories().stream().map(ReportableCategory::display).toList(),
                i.myNumber, i.affectedCount, i.awareOn,
                DeadlineClock.of(i.quickDue, today, i.reportable && !closed, quick), DeadlineClock.of(i.finalDue, today, i.reportable && !closed, fin),
                acknowledged, i.reportedAt, i.reportedBy);
    }
}
