package jp.itaku.gateway.portal.contracts;

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
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.ContractVocabulary;
import jp.itaku.gateway.portal.client.Created;
import jp.itaku.gateway.portal.client.Draft;
import jp.itaku.gateway.portal.client.DraftDiff;
import jp.itaku.gateway.portal.client.Engagement;
import jp.itaku.gateway.portal.client.EngagementDetail;
import jp.itaku.gateway.portal.client.EngagementInput;
import jp.itaku.gateway.portal.client.Verification;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contractors, engagements and contract drafts (contract-service) as the officer, manager and contractor see them. */
@Path("/")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ContractPages {

    private static final String CONTRACTS = "/api/contracts";

    private final Page page;
    private final Services services;
    private final ContractClient contracts;
    private final GatewayConfig gateway;

    ContractPages(Page page, Services services, ContractClient contracts, GatewayConfig gateway) {
        this.page = page;
        this.services = services;
        this.contracts = contracts;
        this.gateway = gateway;
    }

    @GET
    @Path("contractors")
    public TemplateInstance contractors() {
        return page.of("contracts/contractors.html")
                .data("contractors", contracts.contractors());
    }

    @GET
    @Path("engagements")
    public TemplateInstance engagements(@QueryParam("state") String state) {
        return page.of("contracts/engagements.html")
                .data("engagements", contracts.engagements(state))
                .data("state", state == null ? "" : state)
                .data("states", ContractVocabulary.labels(contracts.vocabulary().engagementStates(), page.locale()))
                .data("officer", page.has(RoleLabels.PROCUREMENT_OFFICER));
    }

    /** Every engagement the person may see, as contract-service's CSV (access-recorded; past the bulk threshold the
     * service asks for a reason, which {@code PageErrors} turns into the confirmation form). */
    @GET
    @Path("engagements/export")
    @Produces(MediaType.WILDCARD)
    public Response export() {
        return services.relay(CONTRACTS + "/engagements/export");
    }

    @GET
    @Path("engagements/new")
    public TemplateInstance newEngagement() {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        return engagementForm(Form.empty());
    }

    @POST
    @Path("engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createEngagement(MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Form form = Form.of(posted);
        if (!form.value("periodStart").isBlank() && !form.value("periodEnd").isBlank()
                && form.value("periodEnd").compareTo(form.value("periodStart")) < 0) {
            form = form.withError("periodEnd", page.msg(ContractMsg.class).error_period());
        }
        if (!form.value("recordCount").isBlank() && !form.value("recordCount").matches("\\d{1,9}")) {
            form = form.withError("recordCount", page.msg(ContractMsg.class).error_record_count());
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(engagementForm(form)).build();
        }
        EngagementInput input = new EngagementInput(blankToNull(form.value("title")), blankToNull(form.value("division")),
                blankToNull(form.value("kind")), blankToNull(form.value("contractorId")),
                blankToNull(form.value("sensitivity")), blankToNull(form.value("periodStart")),
                blankToNull(form.value("periodEnd")), blankToNull(form.value("recordCount")),
                form.value("infoCategories").lines().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                List.of(new EngagementInput.LocationInput(blankToNull(form.value("locationPurpose")),
                        blankToNull(form.value("locationPlaceType")), form.value("locationDescription"))));
        try {
            Created created = contracts.createEngagement(input);
            return Response.seeOther(URI.create("/engagements/" + created.id())).build();
        } catch (ServiceException e) {
            if (e.problem().status() != 400 && e.problem().status() != 409 && e.problem().status() != 422) {
                throw e;
            }
            Form refused = form.refused(e.problem());
            // the service names the nested location fields; the form shows them beside its own inputs
            moveError(refused, "purpose", "locationPurpose");
            moveError(refused, "placeType", "locationPlaceType");
            moveError(refused, "description", "locationDescription");
            moveError(refused, "locations", "locationDescription");
            return Response.status(e.problem().status()).entity(engagementForm(refused)).build();
        }
    }

    @GET
    @Path("engagements/{id}")
    public TemplateInstance engagement(@PathParam("id") UUID id) {
        EngagementDetail detail = contracts.engagement(id);
        ContractVocabulary vocabulary = contracts.vocabulary();
        return page.of("contracts/engagement.html")
                .data("e", detail.engagement())
                // the labels in the page's language, from contract-service's vocabulary
                .data("states", ContractVocabulary.labels(vocabulary.engagementStates(), page.locale()))
                .data("kinds", ContractVocabulary.labels(vocabulary.engagementKinds(), page.locale()))
                .data("sensitivities", ContractVocabulary.labels(vocabulary.sensitivities(), page.locale()))
                .data("purposes", ContractVocabulary.labels(vocabulary.locationPurposes(), page.locale()))
                .data("placeTypes", ContractVocabulary.labels(vocabulary.placeTypes(), page.locale()))
                .data("history", detail.history())
                .data("drafts", contracts.drafts(id))
                .data("officer", page.has(RoleLabels.PROCUREMENT_OFFICER))
                .data("manager", page.has(RoleLabels.PROTECTION_MANAGER))
                .data("form", Form.empty())
                .data("maxUploadMb", gateway.maxUploadBytes() / 1024 / 1024);
    }

    @POST
    @Path("engagements/{id}/drafts")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                           @jakarta.ws.rs.HeaderParam("HX-Request") String htmx) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Form form = Form.empty();
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return uploadRefused(id, form.withError("file", page.msg(ContractMsg.class).error_no_file()), htmx);
        }
        if (file.size() > gateway.maxUploadBytes()) {
            return uploadRefused(id, form.withError("file", page.msg(ContractMsg.class).error_too_large(file.fileName(),
                    file.size() / 1024 / 1024, gateway.maxUploadBytes() / 1024 / 1024)), htmx);
        }
        try {
            Verification created = contracts.upload(id, file.fileName(), file.contentType(),
                    Files.readAllBytes(file.uploadedFile()));
            String target = "/engagements/" + id + "/drafts/" + created.draft().version();
            return htmx != null ? Response.ok().header("HX-Redirect", target).build()
                    : Response.seeOther(URI.create(target)).build();
        } catch (IOException e) {
            return uploadRefused(id, form.withError("file", page.msg(ContractMsg.class).error_unreadable()), htmx);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() == 404 || e.problem().status() >= 500) {
                throw e;
            }
            String reason = e.problem().field("file") != null ? e.problem().field("file") : e.problem().message();
            return uploadRefused(id, form.withError("file", reason), htmx);
        }
    }

    @GET
    @Path("engagements/{id}/drafts/{version}")
    public TemplateInstance draft(@PathParam("id") UUID id, @PathParam("version") int version) {
        Verification detail = contracts.draft(id, version);
        List<Verification.Element> elements = detail.elements() == null ? List.of() : detail.elements();
        String text = extractedText(id, version);
        Engagement engagement = contracts.engagement(id).engagement();
        // D1 (派遣労働者の秘密保持) belongs to dispatch contracts only (第8-7); elsewhere it is not a gap
        List<Verification.Element> ordered = new ArrayList<>(elements.stream().filter(el -> el.appliesTo(engagement)).toList());
        // what needs the officer's attention first: missing, then contradicted, then satisfied
        ordered.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return page.of("contracts/draft.html")
                .data("e", engagement)
                .data("draft", detail.draft())
                .data("elements", ordered)
                .data("satisfied", ordered.stream().filter(el -> Verification.SATISFIED.equals(el.status())).count())
                .data("missing", ordered.stream().filter(el -> Verification.MISSING.equals(el.status())).count())
                .data("contradicted", ordered.stream().filter(el -> Verification.CONTRADICTED.equals(el.status())).count())
                .data("segments", text == null ? null : DraftSegments.segments(text, elements, page.msg().mid()))
                .data("redline", detail.draft().docx())
                .data("versions", contracts.drafts(id));
    }

    @GET
    @Path("engagements/{id}/drafts/{version}/file")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") UUID id, @PathParam("version") int version) {
        return services.relay(CONTRACTS + "/engagements/" + id + "/drafts/" + version + "/file");
    }

    @GET
    @Path("engagements/{id}/drafts/{version}/report.pdf")
    @Produces(MediaType.WILDCARD)
    public Response report(@PathParam("id") UUID id, @PathParam("version") int version) {
        return services.relay(CONTRACTS + "/engagements/" + id + "/drafts/" + version + "/report.pdf");
    }

    /** The redlined .docx: each missing element's clause as a tracked insertion, comments on contradictions. */
    @GET
    @Path("engagements/{id}/drafts/{version}/redline.docx")
    @Produces(MediaType.WILDCARD)
    public Response redline(@PathParam("id") UUID id, @PathParam("version") int version) {
        return services.relay(CONTRACTS + "/engagements/" + id + "/drafts/" + version + "/redline.docx");
    }

    /**
     * The text the verifier read (also from .docx and .pdf), which the evidence offsets refer to; null when the
     * service cannot give it, and the page then quotes the evidence beside each element instead.
     */
    private String extractedText(UUID id, int version) {
        try {
            return contracts.draftText(id, version).text();
        } catch (ServiceException e) {
            return null;
        }
    }

    @GET
    @Path("engagements/{id}/diff")
    public TemplateInstance diff(@PathParam("id") UUID id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        List<Draft> versions = contracts.drafts(id);
        DraftDiff diff = from == null || to == null ? null : contracts.diff(id, from, to);
        return page.of("contracts/diff.html")
                .data("e", contracts.engagement(id).engagement())
                .data("versions", versions)
                .data("from", from == null ? (versions.size() > 1 ? versions.size() - 1 : 1) : from)
                .data("to", to == null ? versions.size() : to)
                .data("diff", diff);
    }

    /** The officer sends the engagement to review (契約審査中) or back to drafting. */
    @POST
    @Path("engagements/{id}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") UUID id, @RestForm String to, @RestForm String note) {
        contracts.transition(id, to, blankToNull(note));
        return Response.seeOther(URI.create("/engagements/" + id)).build();
    }

    private Response uploadRefused(UUID id, Form form, String htmx) {
        TemplateInstance fragment = page.of("contracts/upload-form.html").data("e", Map.of("id", id.toString()))
                .data("form", form).data("maxUploadMb", gateway.maxUploadBytes() / 1024 / 1024);
        if (htmx != null) {
            // htmx swaps only successful answers; the refusal is the new form with its message
            return Response.ok(fragment).build();
        }
        return Response.status(400).entity(engagement(id).data("form", form)).build();
    }

    private TemplateInstance engagementForm(Form form) {
        ContractVocabulary vocabulary = contracts.vocabulary();
        return page.of("contracts/engagement-form.html").data("form", form)
                .data("kinds", ContractVocabulary.labels(vocabulary.engagementKinds(), page.locale()))
                .data("sensitivities", ContractVocabulary.labels(vocabulary.sensitivities(), page.locale()))
                .data("purposes", ContractVocabulary.labels(vocabulary.locationPurposes(), page.locale()))
                .data("placeTypes", ContractVocabulary.labels(vocabulary.placeTypes(), page.locale()))
                .data("contractors", contracts.contractors());
    }

    private static void moveError(Form form, String from, String to) {
        String message = form.errors().remove(from);
        if (message != null) {
            form.errors().merge(to, message, (a, b) -> a + " " + b);
        }
    }

    private static int rank(Verification.Element element) {
        return switch (String.valueOf(element.status())) {
            case Verification.MISSING -> 0;
            case Verification.CONTRADICTED -> 1;
            default -> 2;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
