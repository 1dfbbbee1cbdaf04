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
    private final GatewayConfig gateway;

    SelfReportPages(Page page, Services services, GatewayConfig gateway) {
        this.page = page;
        this.services = services;
        this.gateway = gateway;
    }

    @GET
    public TemplateInstance list() {
        List<Map<String, Object>> reports = services.items(API + "?size=200");
        List<Map<String, Object>> startable = new ArrayList<>();
        boolean contractor = page.has(RoleLabels.CONTRACTOR);
        Map<String, String> titles = new HashMap<>();
        for (Map<String, Object> e : services.items("/api/inspections/engagements?size=200")) {
            titles.put(String.valueOf(e.get("id")), String.valueOf(e.get("title")));
            if (!contractor) {
                continue;
            }
            for (Map<String, Object> node : services.list("/api/inspections/engagements/" + e.get("id") + "/chain")) {
                boolean open = reports.stream().anyMatch(r -> node.get("id").equals(r.get("nodeId"))
                        && ("DRAFT".equals(r.get("status")) || "SUBMITTED".equals(r.get("status"))));
                if ("ACTIVE".equals(node.get("status")) && !open) {
                    Map<String, Object> row = new HashMap<>(node);
                    row.put("engagementTitle", e.get("title"));
                    startable.add(row);
                }
            }
        }
        List<Map<String, Object>> rows = reports.stream().map(r -> {
            Map<String, Object> row = new HashMap<>(r);
            row.put("engagementTitle", titles.getOrDefault(String.valueOf(r.get("engagementId")), ""));
            return row;
        }).toList();
        return page.of("selfreports/list.html").data("reports", rows).data("startable", startable)
                .data("contractor", contractor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String nodeId) {
        page.require(RoleLabels.CONTRACTOR);
        Map<String, Object> created = services.post(API, Map.of("nodeId", nodeId == null ? "" : nodeId));
        return Response.seeOther(URI.create("/self-reports/" + created.get("id"))).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance report(@PathParam("id") UUID id) {
        Map<String, Object> report = services.object(API + "/" + id);
        Map<String, String> values = new HashMap<>();
        for (Object a : (List<?>) report.getOrDefault("answers", List.of())) {
            Map<?, ?> answer = (Map<?, ?>) a;
            values.put("q." + answer.get("questionId"), answer.get("answer") == null ? "" : answer.get("answer").toString());
            values.put("c." + answer.get("questionId"), answer.get("comment") == null ? "" : answer.get("comment").toString());
        }
        return render(report, new Form(values, new HashMap<>(), null));
    }

    /** Saves the answers (and a chosen evidence file); with {@code action=submit} also submits the report. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SuppressWarnings("unchecked")
    public Response save(@PathParam("id") UUID id, MultipartFormDataInput input) {
        page.require(RoleLabels.CONTRACTOR);
        String action = form(input, "action");
        FormValue file = input.getValues().getOrDefault("file", List.of()).stream().filter(FormValue::isFileItem)
                .findFirst().orElse(null);
        Map<String, Object> report = services.object(API + "/" + id);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) report.get("questions");
        Map<String, String> values = new HashMap<>();
        for (Map<String, Object> q : questions) {
            String qid = String.valueOf(q.get("id"));
            values.put("q." + qid, form(input, "q." + qid));
            values.put("c." + qid, form(input, "c." + qid));
        }
        Form form = new Form(values, new HashMap<>(), null);
        boolean submit = "submit".equals(action);
        if (submit) {
            for (Map<String, Object> q : questions) {
                String qid = String.valueOf(q.get("id"));
                if (Boolean.TRUE.equals(q.get("required")) && values.get("q." + qid).isBlank()) {
                    form = form.withError("q." + qid, "この設問は必須です。回答してから提出してください。");
                }
            }
        }
        boolean hasFile = file != null && file.getFileName() != null && !file.getFileName().isBlank();
        if (hasFile && fileSize(file) > gateway.maxUploadBytes()) {
            form = form.withError("file", "「" + file.getFileName() + "」は " + fileSize(file) / 1024 / 1024 + " MB あり、上限（"
                    + gateway.maxUploadBytes() / 1024 / 1024 + " MB）を超えています。");
            hasFile = false;
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            String qid = String.valueOf(q.get("id"));
            Map<String, Object> answer = new HashMap<>();
            answer.put("questionId", qid);
            answer.put("answer", blankToNull(values.get("q." + qid)));
            answer.put("comment", blankToNull(values.get("c." + qid)));
            answers.add(answer);
        }
        try {
            // what was typed is kept even when the submission is refused
            services.put(API + "/" + id + "/answers", Map.of("answers", answers));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(report, form.refused(e.problem()))).build();
        }
        if (hasFile) {
            try {
                services.upload(API + "/" + id + "/evidence", file.getFileName(),
                        file.getHeaders().getFirst("Content-Type"), Files.readAllBytes(file.getFileItem().getFile()));
            } catch (IOException e) {
                form = form.withError("file", "アップロードされたファイルを読み取れませんでした。もう一度お試しください。");
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                form = form.withError("file", e.problem().field("file") != null ? e.problem().field("file") : e.problem().message());
            }
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(render(services.object(API + "/" + id), form)).build();
        }
        if (submit) {
            try {
                services.post(API + "/" + id + "/submission", Map.of());
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                return Response.status(e.problem().status()).entity(render(services.object(API + "/" + id), form.refused(e.problem()))).build();
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
            return Response.status(400).entity(render(services.object(API + "/" + id),
                    form.withError("comment", "差し戻す理由を入力してください。"))).build();
        }
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "RETURN".equals(decision) ? "RETURN" : "ACCEPT");
        body.put("comment", blankToNull(comment));
        try {
            services.post(API + "/" + id + "/review", body);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(render(services.object(API + "/" + id), form.refused(e.problem()))).build();
        }
        return Response.seeOther(URI.create("/self-reports/" + id)).build();
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance render(Map<String, Object> report, Form form) {
        // form field names per question, so the template can look up what was typed and each question's message
        Map<String, Object> shown = new HashMap<>(report);
        shown.put("questions", ((List<Map<String, Object>>) report.getOrDefault("questions", List.of())).stream().map(q -> {
            Map<String, Object> row = new HashMap<>(q);
            row.put("answerField", "q." + q.get("id"));
            row.put("commentField", "c." + q.get("id"));
            row.put("fieldName", "q." + q.get("id"));
            return row;
        }).toList());
        return page.of("selfreports/report.html").data("r", shown).data("form", form)
                .data("contractor", page.has(RoleLabels.CONTRACTOR))
                .data("editable", page.has(RoleLabels.CONTRACTOR) && "DRAFT".equals(report.get("status")))
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
}
