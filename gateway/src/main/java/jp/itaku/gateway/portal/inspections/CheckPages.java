package jp.itaku.gateway.portal.inspections;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.Check;
import jp.itaku.gateway.portal.client.CheckCompletionInput;
import jp.itaku.gateway.portal.client.CheckInput;
import jp.itaku.gateway.portal.client.CheckItemInput;
import jp.itaku.gateway.portal.client.Created;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import jp.itaku.gateway.proxy.GatewayConfig;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inspector's check log (inspection-service): a check started from a plan entry, the guideline checklist item by
 * item (a finding needs an improvement deadline), photos and documents, completion and the report PDF.
 */
@Path("/checks")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CheckPages {

    private static final String API = "/api/inspections/checks";

    private final Page page;
    private final Services services;
    private final InspectionClient inspections;
    private final GatewayConfig gateway;

    CheckPages(Page page, Services services, InspectionClient inspections, GatewayConfig gateway) {
        this.page = page;
        this.services = services;
        this.inspections = inspections;
        this.gateway = gateway;
    }

    /** One checklist item as the form shows it: its form fields, and what was typed after a refusal or what is stored. */
    public record ItemRow(String code, String category, String text, String reference, String resultField,
                          String noteField, String deadlineField, String errorField, String shownResult,
                          String shownNote, String shownDeadline) {
    }

    @GET
    @Path("new")
    public TemplateInstance newCheck(@QueryParam("plan") UUID plan) {
        page.require(RoleLabels.INSPECTOR);
        Map<String, String> values = new HashMap<>();
        values.put("planEntryId", plan == null ? "" : plan.toString());
        values.put("method", "ONSITE");
        return newForm(new Form(values, new HashMap<>(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.INSPECTOR);
        Form form = Form.of(posted);
        CheckInput input = new CheckInput(blankToNull(form.value("planEntryId")), blankToNull(form.value("performedOn")),
                form.value("place"), form.value("attendees").lines().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                blankToNull(form.value("method")), blankToNull(form.value("methodReason")));
        if (!form.value("performedOn").isBlank() && !form.value("performedOn").matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Response.status(400).entity(newForm(form.withError("performedOn", page.msg(InspectionMsg.class).error_performed_on()))).build();
        }
        try {
            Created created = inspections.startCheck(input);
            return Response.seeOther(URI.create("/checks/" + created.id())).build();
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            return Response.status(e.problem().status()).entity(newForm(form.refused(e.problem()))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance check(@PathParam("id") UUID id) {
        return render(inspections.check(id), Form.empty());
    }

    /** Records every checklist item that has a result; a refused item keeps what was typed and says why beside it. */
    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordItems(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.INSPECTOR);
        Form form = Form.of(posted);
        Check check = inspections.check(id);
        for (Check.Item item : check.items() == null ? List.<Check.Item>of() : check.items()) {
            String code = item.code();
            String result = form.value("result." + code);
            if (result.isBlank()) {
                continue;
            }
            try {
                services.put(API + "/" + id + "/items/" + code, new CheckItemInput(result,
                        blankToNull(form.value("note." + code)), blankToNull(form.value("deadline." + code))));
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                form = form.withError("item." + code, e.problem().message());
            }
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(render(inspections.check(id), form)).build();
        }
        return Response.seeOther(URI.create("/checks/" + id + "?saved=1")).build();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        page.require(RoleLabels.INSPECTOR);
        Form form = Form.empty();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            form = form.withError("file", page.msg(InspectionMsg.class).error_no_file());
        } else if (file.size() > gateway.maxUploadBytes()) {
            form = form.withError("file", page.msg(InspectionMsg.class).error_too_large(file.fileName(),
                    file.size() / 1024 / 1024, gateway.maxUploadBytes() / 1024 / 1024));
        } else {
            try {
                services.upload(API + "/" + id + "/evidence", file.fileName(), file.contentType(),
                        Files.readAllBytes(file.uploadedFile()), Void.class);
            } catch (IOException e) {
                form = form.withError("file", page.msg(InspectionMsg.class).error_unreadable());
            } catch (ServiceException e) {
                if (e.problem().status() == 401 || e.problem().status() >= 500) {
                    throw e;
                }
                form = form.withError("file", e.problem().field("file") != null ? e.problem().field("file") : e.problem().message());
            }
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(render(inspections.check(id), form)).build();
        }
        return Response.seeOther(URI.create("/checks/" + id)).build();
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @RestForm String summary) {
        page.require(RoleLabels.INSPECTOR);
        try {
            services.post(API + "/" + id + "/completion", new CheckCompletionInput(blankToNull(summary)));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form form = new Form(new HashMap<>(Map.of("summary", summary == null ? "" : summary)), new HashMap<>(), null);
            return Response.status(e.problem().status()).entity(render(inspections.check(id), form.refused(e.problem()))).build();
        }
        return Response.seeOther(URI.create("/checks/" + id)).build();
    }

    private TemplateInstance render(Check check, Form form) {
        List<ItemRow> items = (check.items() == null ? List.<Check.Item>of() : check.items()).stream().map(item -> {
            String code = item.code();
            // after a refusal show what was typed, otherwise what is stored
            return new ItemRow(code, item.category(), item.text(), item.reference(), "result." + code, "note." + code,
                    "deadline." + code, "item." + code,
                    form.values().containsKey("result." + code) ? form.value("result." + code) : nz(item.result()),
                    form.values().containsKey("note." + code) ? form.value("note." + code) : nz(item.note()),
                    form.values().containsKey("deadline." + code) ? form.value("deadline." + code) : nz(item.deadline()));
        }).toList();
        return page.of("inspections/check.html").data("c", check).data("items", items).data("form", form)
                .data("vocab", inspections.vocabulary().labels(page.locale()))
                .data("inspector", page.has(RoleLabels.INSPECTOR))
                .data("open", Check.DRAFT.equals(check.status()));
    }

    private TemplateInstance newForm(Form form) {
        return page.of("inspections/check-new.html").data("form", form)
                .data("vocab", inspections.vocabulary().labels(page.locale()));
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
