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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.ClosureInput;
import jp.itaku.gateway.portal.client.Improvement;
import jp.itaku.gateway.portal.client.ImprovementResponseInput;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Improvement requests from checks and their state: the contractor answers, the inspector closes. */
@Path("/improvements")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ImprovementPages {

    private static final String API = "/api/inspections/improvements";

    private final Page page;
    private final Services services;
    private final InspectionClient inspections;

    ImprovementPages(Page page, Services services, InspectionClient inspections) {
        this.page = page;
        this.services = services;
        this.inspections = inspections;
    }

    /** One request with the form of its answer or closure (what was typed and why it was refused). */
    public record Row(Improvement request, Form form) {
    }

    @GET
    public TemplateInstance list() {
        return render(Map.of());
    }

    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") UUID id, @RestForm String response) {
        page.require(RoleLabels.CONTRACTOR);
        return act(id, "/response", new ImprovementResponseInput(response == null ? "" : response.trim()), "response",
                response);
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String comment) {
        page.require(RoleLabels.INSPECTOR);
        return act(id, "/closure", new ClosureInput(comment == null || comment.isBlank() ? null : comment.trim()),
                "comment", comment);
    }

    private Response act(UUID id, String path, Record body, String field, String typed) {
        try {
            services.post(API + "/" + id + path, body);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form form = new Form(new HashMap<>(Map.of(field, typed == null ? "" : typed)), new HashMap<>(), null)
                    .refused(e.problem());
            return Response.status(e.problem().status()).entity(render(Map.of(id.toString(), form))).build();
        }
        return Response.seeOther(URI.create("/improvements#improvement-" + id)).build();
    }

    private TemplateInstance render(Map<String, Form> forms) {
        List<Row> rows = inspections.improvements().stream()
                .map(r -> new Row(r, forms.getOrDefault(r.id(), Form.empty()))).toList();
        return page.of("inspections/improvements.html").data("requests", rows)
                .data("vocab", inspections.vocabulary().labels(page.locale()))
                .data("contractor", page.has(RoleLabels.CONTRACTOR))
                .data("inspector", page.has(RoleLabels.INSPECTOR));
    }
}
