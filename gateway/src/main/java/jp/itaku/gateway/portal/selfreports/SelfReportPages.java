package jp.itaku.gateway.portal.selfreports;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.AnswersInput;
import jp.itaku.gateway.portal.client.ChainNode;
import jp.itaku.gateway.portal.client.Created;
import jp.itaku.gateway.portal.client.EvidenceFile;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.InspectionEngagement;
import jp.itaku.gateway.portal.client.ReviewInput;
import jp.itaku.gateway.portal.client.SelfReport;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import jp.itaku.gateway.proxy.GatewayConfig;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The annual self-report (inspection-service): the contractor answers the agency's questionnaire, attaches evidence
 * and submits once; the inspector reads it and accepts or returns it.
 */
@Path("/self-reports")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SelfReportPages {

    private static final String API = "/api/inspections/self-reports";

    private final Page page;
    private final Services services;
    private final InspectionClient inspections;
    private final GatewayConfig gateway;

    SelfReportPages(Page page, Services services, InspectionClient inspections, GatewayConfig gateway) {
        this.page = page;
        this.services = services;
        this.inspections = inspections;
        this.gateway = gateway;
    }

    /** A self-report in the list, with its engagement's title. */
    public record Row(String id, String status, String submittedAt, String submittedBy, String engagementTitle) {
    }

    /** An organisation of the contractor's chains that has no open self-report yet. */
    public record Startable(String id, String name, String engagementTitle) {
    }

    /** One question with the names of its form fields (so the template can look up what was typed and its message). */
    public record QuestionRow(String id, String text, String kind, boolean required, String reference,
                              String answerField, String commentField, String fieldName) {
    }

    /** The report as the page shows it: the service's record, its questions with their form fields. */
    public record Shown(String id, int questionnaireVersion, String status, List<QuestionRow> questions,
                        List<EvidenceFile> evidence, String submittedAt, String submittedBy, String reviewedAt,
                        String reviewedBy, String reviewComment) {
    }

    @GET
    public TemplateInstance list() {
        List<SelfReport> reports = inspections.selfReports();
        List<Startable> startable = new ArrayList<>();
        boolean contractor = page.has(RoleLabels.CONTRACTOR);
        Map<String, String> titles = new HashMap<>();
        for (InspectionEngagement e : inspections.engagements()) {
            titles.put(e.id(), e.title());
            if (!contractor) {
                continue;
            }
            for (ChainNode node : inspections.chain(UUID.fromString(e.id()))) {
                boolean open = reports.stream().anyMatch(r -> node.id().equals(r.nodeId()) && r.open());
                if (node.active() && !open) {
                    startable.add(new Startable(node.id(), node.name(), e.title()));
                }
            }
        }
        List<Row> rows = reports.stream().map(r -> new Row(r.id(), r.status(), r.submittedAt(), r.submittedBy(),
                titles.getOrDefault(r.engagementId(), ""))).toList();
        return page.of("selfreports/list.html").data("reports", rows)
                .data("vocab", inspections.vocabulary().labels(page.locale())).data("startable", startable)
                .data("contractor", contractor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String nodeId) {
        page.require(RoleLabels.CONTRACTOR);
        Created created = inspections.startSelfReport(uuidOrNull(nodeId));
        return Response.seeOther(URI.create("/self-reports/" + created.id())).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance report(@PathParam("id") UUID id) {
        SelfReport report = inspections.selfReport(id);
        Map<String, String> values = new HashMap<>();
        for (SelfReport.Answer answer : report.answers() == null ? List.<SelfReport.Answer>of() : report.answers()) {
            values.put("q." + answer.questionId(), answer.answer() == null ? "" : answer.answer());
            values.put("c." + answer.questionId(), answer.comment() == null ? "" : answer.comment());
        }
        return render(report, new Form(values, new HashMap<>(), null));
    }

    /** Saves the answers (and a chosen evidence file); with {@code action=submit} also submits the report. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response save(@PathParam("id") UUID id, MultipartFormDataInput input) {
        page.require(RoleLabels.CONTRACTOR);
        String action = form(input, "action");
        FormValue file = input.getValues().getOrDefault("file", List.of()).stream().filter(FormValue::isFileItem)
                .findFirst().orElse(null);
        SelfReport report = inspections.selfReport(id);
        List<SelfReport.Question> questions = report.questions() == null ? List.of() : report.questions();
        Map<String, String> values = new HashMap<>();
        for (SelfReport.Question q : questions) {
            String qid = q.id();
            values.put("q." + qid, form(input, "q." + qid));
            values.put("c." + qid, form(input, "c." + qid));
        }
        Form form = new Form(values, new HashMap<>(), null);
        boolean submit = "submit".equals(action);
        if (submit) {
            for (SelfReport.Question q : questions) {
                String qid = q.id();
                if (q.required() && values.get("q." + qid).isBlank()) {
                    form = form.withError("q." + qid, page.msg(SelfReportMsg.class).error_required());
                }
            }
        }
        boolean hasFile = file != null && file.getFileName() != null && !file.getFileName().isBlank();
        if (hasFile && fileSize(file) > gateway.maxUploadBytes()) {
            form = form.withError("file", page.msg(SelfReportMsg.class).error_too_large(file.getFileName(),
                    fileSize(file) / 1024 / 1024, gateway.maxUploadBytes() / 1024 / 1024));
            hasFile = false;
        }
        List<AnswersInput.AnswerInput> answers = new ArrayList<>();
        for (SelfReport.Question q : questions) {
            String qid = q.id();
            answers.add(new AnswersInput.AnswerInput(qid, blankToNull(values.get("q." + qid)),
                    blankToNull(values.get("c." + qid))));
        }
        try {
            // what was typed is kept even when the submission is refused
            inspections.saveAnswers(id, new AnswersInput(answers));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(report, form.refused(e.problem()))).build();
        }
        if (hasFile) {
            try {
                services.upload(API + "/" + id + "/evidence", file.getFileName(),
                        file.getHeaders().getFirst("Content-Type"), Files.readAllBytes(file.getFileItem().getFile()), Void.class);
            } catch (IOException e) {
                form = form.withError("file", page.msg(SelfReportMsg.class).error_unreadable());
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                form = form.withError("file", e.problem().field("file") != null ? e.problem().field("file") : e.problem().message());
            }
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(render(inspections.selfReport(id), form)).build();
        }
        if (submit) {
            try {
                services.post(API + "/" + id + "/submission");
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                return Response.status(e.problem().status()).entity(render(inspections.selfReport(id), form.refused(e.problem()))).build();
            }
        }
        return Response.seeOther(URI.create("/self-reports/" + id + (submit ? "?submitted=1" : "?saved=1"))).build();
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") UUID id, @RestForm String decision, @RestForm String comment) {
        page.require(RoleLabels.INSPECTOR);
        Form form = new Form(new HashMap<>(Map.of("comment", comment == null ? "" : comment)), new HashMap<>(), null);
        if ("RETURN".equals(decision) && (comment == null || comment.isBlank())) {
            return Response.status(400).entity(render(inspections.selfReport(id),
                    form.withError("comment", page.msg(SelfReportMsg.class).error_return_reason()))).build();
        }
        try {
            services.post(API + "/" + id + "/review", new ReviewInput("RETURN".equals(decision) ? "RETURN" : "ACCEPT",
                    blankToNull(comment)));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(inspections.selfReport(id), form.refused(e.problem()))).build();
        }
        return Response.seeOther(URI.create("/self-reports/" + id)).build();
    }

    private TemplateInstance render(SelfReport report, Form form) {
        // form field names per question, so the template can look up what was typed and each question's message
        List<QuestionRow> questions = (report.questions() == null ? List.<SelfReport.Question>of() : report.questions())
                .stream().map(q -> new QuestionRow(q.id(), q.text(), q.kind(), q.required(), q.reference(), "q." + q.id(),
                        "c." + q.id(), "q." + q.id())).toList();
        Shown shown = new Shown(report.id(), report.questionnaireVersion(), report.status(), questions,
                report.evidence() == null ? List.of() : report.evidence(), report.submittedAt(), report.submittedBy(),
                report.reviewedAt(), report.reviewedBy(), report.reviewComment());
        return page.of("selfreports/report.html").data("r", shown)
                .data("vocab", inspections.vocabulary().labels(page.locale())).data("form", form)
                .data("contractor", page.has(RoleLabels.CONTRACTOR))
                .data("editable", page.has(RoleLabels.CONTRACTOR) && SelfReport.DRAFT.equals(report.status()))
                .data("inspector", page.has(RoleLabels.INSPECTOR))
                .data("maxUploadMb", gateway.maxUploadBytes() / 1024 / 1024);
    }

    private static String form(MultipartFormDataInput input, String name) {
        return input.getValues().getOrDefault(name, List.of()).stream().filter(v -> !v.isFileItem())
                .map(FormValue::getValue).findFirst().orElse("");
    }

    private static long fileSize(FormValue file) {
        try {
            return file.getFileItem().getFileSize();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A posted node id; one that is no UUID is sent as no node, which inspection-service refuses with its message. */
    static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
