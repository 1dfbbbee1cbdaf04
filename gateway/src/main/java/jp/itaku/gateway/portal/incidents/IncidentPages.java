package jp.itaku.gateway.portal.incidents;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.AcknowledgementInput;
import jp.itaku.gateway.portal.client.ChainNode;
import jp.itaku.gateway.portal.client.ClosureInput;
import jp.itaku.gateway.portal.client.IncidentDetail;
import jp.itaku.gateway.portal.client.IncidentInput;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.InspectionEngagement;
import jp.itaku.gateway.portal.client.MeasureInput;
import jp.itaku.gateway.portal.client.ReportInput;
import jp.itaku.gateway.portal.client.SignOffInput;
import jp.itaku.gateway.portal.client.StepInput;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 事故等の報告 (guideline 第9): the contractor's (or agency staff's) report form with its contract's C4 clause, the
 * agency's list with the PPC clocks, and the incident page with its timeline and the steps of the reporting line.
 */
@Path("/incidents")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class IncidentPages {

    private static final String API = "/api/inspections/incidents";
    private static final String[] READERS = {RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR, RoleLabels.CONTRACTOR};
    private static final String[] REPORTERS = {RoleLabels.CONTRACTOR, RoleLabels.PROCUREMENT_OFFICER,
            RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR};

    /** The free-text items of the PPC form, in its order. */
    private static final List<String> TEXT_AREAS = List.of("discoverer", "items", "facts", "involvement", "cause",
            "secondaryDamage", "individualResponse", "otherNotes");

    private final Page page;
    private final Services services;
    private final InspectionClient inspections;

    IncidentPages(Page page, Services services, InspectionClient inspections) {
        this.page = page;
        this.services = services;
        this.inspections = inspections;
    }

    /** An organisation the person may report on, with its engagement and (for a contractor) its contract's C4 clause. */
    public record ReportableNode(String id, String name, int depth, String engagementTitle, IncidentDetail.Clause clause) {
    }

    /** A category of the PPC form, ticked again after a refusal. */
    public record CategoryOption(String code, String mark, String label, String citation, boolean checked) {
    }

    @GET
    public TemplateInstance list() {
        page.require(READERS);
        return page.of("incidents/list.html").data("incidents", inspections.incidents(null)).data("mayReport", mayReport());
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        page.require(REPORTERS);
        return renderForm(Form.empty());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(MultivaluedMap<String, String> posted) {
        page.require(REPORTERS);
        Form form = Form.of(posted);
        boolean staff = page.has(RoleLabels.PROTECTION_MANAGER) || page.has(RoleLabels.CHIEF_PROTECTION_MANAGER)
                || page.has(RoleLabels.PROCUREMENT_OFFICER) || page.has(RoleLabels.INSPECTOR);
        List<String> categories = posted.getOrDefault("categories", List.of());
        Integer affectedCount = null;
        String count = form.value("affectedCount").trim();
        if (!count.isEmpty()) {
            try {
                affectedCount = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                form = form.withError("affectedCount", page.msg(IncidentMsg.class).error_affected_count());
            }
        }
        IncidentInput input = new IncidentInput(text(form, "nodeId"), text(form, "title"), text(form, "occurredOn"),
                text(form, "discoveredOn"), staff ? text(form, "awareOn") : null, text(form, "discoverer"), categories,
                posted.containsKey("myNumber"), posted.containsKey("highEncryption"), text(form, "involvement"),
                text(form, "facts"), text(form, "items"), affectedCount, text(form, "causeParty"), text(form, "cause"),
                text(form, "secondaryDamage"), text(form, "individualResponse"), text(form, "otherNotes"));
        IncidentDetail.Filed created;
        try {
            created = inspections.fileIncident(input);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form refused = form.refused(e.problem());
            return Response.status(e.problem().status()).entity(renderForm(refused, categories)).build();
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(renderForm(form, categories)).build();
        }
        return Response.seeOther(URI.create("/incidents/" + created.summary().id() + "?filed=1")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        page.require(READERS);
        return renderDetail(id, null);
    }

    @POST
    @Path("{id}/steps/{step}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") UUID id, @PathParam("step") String step, @RestForm String note) {
        return act(id, "/steps/" + step + "/acknowledgement", new AcknowledgementInput(blankToNull(note)));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") UUID id, @RestForm String step, @RestForm String note) {
        return act(id, "/steps", new StepInput(step, blankToNull(note)));
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") UUID id, @RestForm String kind) {
        return act(id, "/reports", new ReportInput(kind));
    }

    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response measure(@PathParam("id") UUID id, @RestForm String description, @RestForm String status,
                            @RestForm String dueOn, @RestForm String improvementDeadline, @RestForm String inspectionDueOn) {
        return act(id, "/measures", new MeasureInput(blankToNull(description), status, blankToNull(dueOn),
                blankToNull(improvementDeadline), blankToNull(inspectionDueOn)));
    }

    @POST
    @Path("{id}/signoff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@PathParam("id") UUID id, @RestForm String comment) {
        return act(id, "/signoff", new SignOffInput(blankToNull(comment)));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String comment) {
        return act(id, "/closure", new ClosureInput(blankToNull(comment)));
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response evidence(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400).entity(renderDetail(id, page.msg(IncidentMsg.class).error_no_evidence())).build();
        }
        try {
            services.upload(API + "/" + id + "/evidence", file.fileName(), file.contentType(),
                    Files.readAllBytes(file.uploadedFile()), Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(renderDetail(id, e.problem().message())).build();
        }
        return Response.seeOther(URI.create("/incidents/" + id + "#evidence")).build();
    }

    @GET
    @Path("{id}/reports/{version}/{format}")
    @Produces({"application/pdf", "text/csv"})
    public Response download(@PathParam("id") UUID id, @PathParam("version") int version, @PathParam("format") String format) {
        if (!format.equals("pdf") && !format.equals("csv")) {
            IncidentMsg msg = page.msg(IncidentMsg.class);
            throw new ServiceException(new jp.itaku.gateway.portal.web.Problem(404, msg.not_found(), msg.no_such_format(), Map.of()));
        }
        return services.relay(API + "/" + id + "/reports/" + version + "/" + format);
    }

    private Response act(UUID id, String path, Record body) {
        try {
            services.post(API + "/" + id + path, body);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            String message = e.problem().message();
            if (!e.problem().fields().isEmpty()) {
                message = String.join(" ", e.problem().fields().values());
            }
            return Response.status(e.problem().status()).entity(renderDetail(id, message)).build();
        }
        return Response.seeOther(URI.create("/incidents/" + id)).build();
    }

    private TemplateInstance renderDetail(UUID id, String alert) {
        IncidentDetail incident = inspections.incident(id);
        boolean agency = !page.has(RoleLabels.CONTRACTOR);
        List<IncidentDetail.Notice> notices = agency ? inspections.incidentNotices(id) : List.of();
        return page.of("incidents/detail.html").data("i", incident).data("s", incident.summary())
                .data("alert", alert).data("notices", notices)
                .data("manager", page.has(RoleLabels.PROTECTION_MANAGER))
                .data("chief", page.has(RoleLabels.CHIEF_PROTECTION_MANAGER))
                .data("agency", agency)
                .data("mayEdit", mayReport());
    }

    private TemplateInstance renderForm(Form form) {
        return renderForm(form, List.of());
    }

    /** The nodes the person may report on (active organisations of the visible chains), each with its C4 clause. */
    private TemplateInstance renderForm(Form form, List<String> checked) {
        List<ReportableNode> nodes = new ArrayList<>();
        for (InspectionEngagement engagement : inspections.engagements()) {
            for (ChainNode node : inspections.chain(UUID.fromString(engagement.id()))) {
                if (!node.active()) {
                    continue;
                }
                IncidentDetail.Clause clause = null;
                if (page.has(RoleLabels.CONTRACTOR)) {
                    try {
                        clause = inspections.clause(UUID.fromString(node.id()));
                    } catch (ServiceException e) {
                        if (e.problem().status() == 401) {
                            throw e;
                        }
                        clause = new IncidentDetail.Clause(List.of(), null, e.problem().message());
                    }
                }
                nodes.add(new ReportableNode(node.id(), node.name(), node.depth(), engagement.title(), clause));
            }
        }
        IncidentDetail.Vocabulary vocabulary = inspections.incidentVocabulary();
        List<CategoryOption> categories = vocabulary.categories().stream()
                .map(c -> new CategoryOption(c.code(), c.mark(), c.label(), c.citation(), checked.contains(c.code())))
                .toList();
        return page.of("incidents/new.html").data("form", form).data("nodes", nodes).data("v", vocabulary)
                .data("categories", categories).data("textFields", textAreas(page.msg(IncidentMsg.class)))
                .data("contractor", page.has(RoleLabels.CONTRACTOR));
    }

    /** The free-text items with their labels in the page's language. */
    private static List<Map<String, String>> textAreas(IncidentMsg msg) {
        return TEXT_AREAS.stream().map(name -> Map.of("name", name, "label", switch (name) {
            case "discoverer" -> msg.field_discoverer();
            case "items" -> msg.field_items();
            case "facts" -> msg.field_facts();
            case "involvement" -> msg.field_involvement();
            case "cause" -> msg.field_cause();
            case "secondaryDamage" -> msg.field_secondary_damage();
            case "individualResponse" -> msg.field_individual_response();
            case "otherNotes" -> msg.field_other_notes();
            default -> throw new IllegalStateException("no label for " + name);
        })).toList();
    }

    private boolean mayReport() {
        for (String role : REPORTERS) {
            if (page.has(role)) {
                return true;
            }
        }
        return false;
    }

    /** A field of the form as the service reads it: trimmed, null when blank. */
    private static String text(Form form, String field) {
        return blankToNull(form.value(field));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
