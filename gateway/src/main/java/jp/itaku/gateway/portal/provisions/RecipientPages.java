package jp.itaku.gateway.portal.provisions;

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
import jp.itaku.gateway.portal.client.ProvisionApi.Recipient;
import jp.itaku.gateway.portal.client.ProvisionApi.RecipientInput;
import jp.itaku.gateway.portal.client.ProvisionClient;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static jp.itaku.gateway.portal.provisions.Forms.blankToNull;

/** 提供先 (recipients of provisions): the list for every reader, the form for the procurement officer. */
@Path("/provisions/recipients")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class RecipientPages {

    /** provision-service's GET /api/provisions/recipients. */
    static final String[] READERS = {RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR};

    private final Page page;
    private final ProvisionClient provisions;

    RecipientPages(Page page, ProvisionClient provisions) {
        this.page = page;
        this.provisions = provisions;
    }

    @GET
    public TemplateInstance list() {
        page.require(READERS);
        return page.of("provisions/recipients.html").data("recipients", provisions.recipients())
                .data("vocab", provisions.vocabulary().labels(page.locale()))
                .data("mayEdit", page.has(RoleLabels.PROCUREMENT_OFFICER));
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        return render(Form.empty(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Form form = Form.of(posted);
        try {
            provisions.createRecipient(input(form));
        } catch (ServiceException e) {
            return refused(e, form, null);
        }
        return Response.seeOther(URI.create("/provisions/recipients?saved=1")).build();
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Recipient r = provisions.recipient(id);
        Map<String, String> values = new HashMap<>();
        values.put("name", r.name());
        values.put("type", r.type());
        values.put("representative", r.representative());
        values.put("address", r.address());
        values.put("contactDepartment", r.contactDepartment());
        values.put("contactName", r.contactName());
        values.put("contactEmail", r.contactEmail());
        values.put("contactPhone", r.contactPhone());
        values.values().removeIf(java.util.Objects::isNull);
        return render(new Form(values, new HashMap<>(), null), r);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Form form = Form.of(posted);
        try {
            provisions.updateRecipient(id, input(form));
        } catch (ServiceException e) {
            return refused(e, form, provisions.recipient(id));
        }
        return Response.seeOther(URI.create("/provisions/recipients?saved=1")).build();
    }

    private Response refused(ServiceException e, Form form, Recipient editing) {
        if (e.problem().status() == 401 || e.problem().status() == 403 || e.problem().status() == 404
                || e.problem().status() >= 500) {
            throw e;
        }
        return Response.status(e.problem().status()).entity(render(form.refused(e.problem()), editing)).build();
    }

    private static RecipientInput input(Form form) {
        return new RecipientInput(blankToNull(form.value("name")), blankToNull(form.value("type")),
                blankToNull(form.value("representative")), blankToNull(form.value("address")),
                blankToNull(form.value("contactDepartment")), blankToNull(form.value("contactName")),
                blankToNull(form.value("contactEmail")), blankToNull(form.value("contactPhone")));
    }

    private TemplateInstance render(Form form, Recipient editing) {
        return page.of("provisions/recipient-form.html").data("form", form).data("editing", editing)
                .data("fields", Field.RECIPIENT)
                // the types and their labels in the page's language, as provision-service names them (RecipientType)
                .data("types", provisions.vocabulary().labels(page.locale()).recipientTypes());
    }
}
