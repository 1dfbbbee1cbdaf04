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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.ProvisionApi;
import jp.itaku.gateway.portal.client.ProvisionApi.CloseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.EndInput;
import jp.itaku.gateway.portal.client.ProvisionApi.FieldMessage;
import jp.itaku.gateway.portal.client.ProvisionApi.ImprovementInput;
import jp.itaku.gateway.portal.client.ProvisionApi.InvestigationInput;
import jp.itaku.gateway.portal.client.ProvisionApi.IssueInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Provision;
import jp.itaku.gateway.portal.client.ProvisionApi.ProvisionInput;
import jp.itaku.gateway.portal.client.ProvisionApi.ResponseInput;
import jp.itaku.gateway.portal.client.ProvisionApi.SafetyMeasureInput;
import jp.itaku.gateway.portal.client.ProvisionApi.Settings;
import jp.itaku.gateway.portal.client.ProvisionClient;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.Problem;
import jp.itaku.gateway.portal.web.ServiceException;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static jp.itaku.gateway.portal.provisions.Forms.blankToNull;
import static jp.itaku.gateway.portal.provisions.Forms.date;

/**
 * 提供 (第8-1〜3, P1–P3): the provisions of the agency, the officer's draft of the agreement items with every missing
 * item beside its field, the manager's issue of 第N版 citing the article the agency's setting gives, the agreement
 * PDF, safety-measure requests and the recipient's answer, on-site investigations, improvement requests, and the 台帳.
 * Every button is shown only to the roles provision-service allows it to (its {@code @RolesAllowed}); the service
 * decides again.
 */
@Path("/provisions")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ProvisionPages {

    static final String[] READERS = RecipientPages.READERS;

    private final Page page;
    private final ProvisionClient provisions;
    private final ItakuClock clock;

    ProvisionPages(Page page, ProvisionClient provisions, ItakuClock clock) {
        this.page = page;
        this.provisions = provisions;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        page.require(READERS);
        // the states and their labels are provision-service's (its vocabulary), in the page's language
        ProvisionApi.Labels vocab = provisions.vocabulary().labels(page.locale());
        String chosen = vocab.provisionStates().containsKey(state) ? state : null;
        return page.of("provisions/list.html").data("provisions", provisions.provisions(chosen, null).items())
                .data("states", vocab.provisionStates()).data("vocab", vocab).data("state", chosen == null ? "" : chosen)
                .data("settings", provisions.settings().orElse(null))
                .data("mayDraft", page.has(RoleLabels.PROCUREMENT_OFFICER));
    }

    // ---- the officer's draft ----

    @GET
    @Path("new")
    public TemplateInstance form() {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        return renderForm(Form.empty(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        return save(Form.of(posted), null);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        Provision p = provisions.provision(id);
        Form form = new Form(values(p), new HashMap<>(), null);
        if (!p.missingFields().isEmpty()) {
            // P1: each item the agreement cannot be issued without, beside its field (the draft itself is saved)
            Map<String, String> missing = new HashMap<>();
            for (FieldMessage m : p.missingFields()) {
                missing.merge(m.field(), m.message(), (a, b) -> a + " " + b);
            }
            form = new Form(form.values(), missing, "下書きは保存されています。書面を交付するには、次の事項を入力してください："
                    + String.join("、", p.missingItems()));
        }
        return renderForm(form, p);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER);
        return save(Form.of(posted), id);
    }

    private Response save(Form form, UUID id) {
        Map<String, String> local = new HashMap<>();
        ProvisionInput input = input(form, local);
        if (!local.isEmpty()) {
            return Response.status(400).entity(renderForm(Forms.withErrors(form, local), id == null ? null
                    : provisions.provision(id))).build();
        }
        Provision saved;
        try {
            saved = id == null ? provisions.createProvision(input) : provisions.updateProvision(id, input);
        } catch (ServiceException e) {
            rethrowUnlessForTheForm(e);
            return Response.status(e.problem().status()).entity(renderForm(form.refused(e.problem()),
                    id == null ? null : provisions.provision(id))).build();
        }
        String next = saved.missingFields().isEmpty() ? "/provisions/" + saved.id() + "?saved=1"
                : "/provisions/" + saved.id() + "/edit?saved=1";
        return Response.seeOther(URI.create(next)).build();
    }

    private static ProvisionInput input(Form form, Map<String, String> errors) {
        LocalDate start = date(form, "periodStart", errors);
        LocalDate end = date(form, "periodEnd", errors);
        UUID recipient = Forms.uuid(form, "recipientId", errors, "提供先を一覧から選んでください。");
        Boolean necessary = switch (form.value("measuresNecessary")) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        return new ProvisionInput(blankToNull(form.value("division")), blankToNull(form.value("title")), recipient,
                blankToNull(form.value("informationFile")), blankToNull(form.value("legalItem")),
                "true".equals(form.value("regular")), blankToNull(form.value("regularReason")), necessary,
                blankToNull(form.value("necessityReason")), blankToNull(form.value("purposeOfUse")),
                blankToNull(form.value("businessLegalBasis")), blankToNull(form.value("recordScope")),
                blankToNull(form.value("recordItems")), blankToNull(form.value("usageMedia")),
                blankToNull(form.value("usageOnline")), blankToNull(form.value("usageFrequency")), start, end,
                blankToNull(form.value("safetyMeasures")));
    }

    private static Map<String, String> values(Provision p) {
        Map<String, String> v = new HashMap<>();
        v.put("division", p.division());
        v.put("title", p.title());
        v.put("recipientId", p.recipient() == null ? null : p.recipient().id().toString());
        v.put("informationFile", p.informationFile());
        v.put("legalItem", p.legalItem());
        v.put("regular", p.regular() ? "true" : "");
        v.put("regularReason", p.regularReason());
        v.put("measuresNecessary", p.measuresNecessary() == null ? "" : p.measuresNecessary().toString());
        v.put("necessityReason", p.necessityReason());
        v.put("purposeOfUse", p.purposeOfUse());
        v.put("businessLegalBasis", p.businessLegalBasis());
        v.put("recordScope", p.recordScope());
        v.put("recordItems", p.recordItems());
        v.put("usageMedia", p.usageMedia());
        v.put("usageOnline", p.usageOnline());
        v.put("usageFrequency", p.usageFrequency());
        v.put("periodStart", p.periodStart() == null ? null : p.periodStart().toString());
        v.put("periodEnd", p.periodEnd() == null ? null : p.periodEnd().toString());
        v.put("safetyMeasures", p.safetyMeasures());
        v.values().removeIf(java.util.Objects::isNull);
        return v;
    }

    private TemplateInstance renderForm(Form form, Provision editing) {
        return page.of("provisions/form.html").data("form", form).data("editing", editing)
                .data("recipients", provisions.recipients()).data("settings", provisions.settings().orElse(null))
                .data("basics", Field.BASICS).data("items", Field.AGREEMENT_ITEMS)
                .data("vocab", provisions.vocabulary().labels(page.locale()));
    }

    // ---- one provision and its follow-up ----

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        page.require(READERS);
        return renderDetail(id, Forms.none());
    }

    @POST
    @Path("{id}/agreements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        return act(id, "issue", form, Map.of(), () -> provisions.issue(id,
                new IssueInput(blankToNull(form.value("amendmentReason")))), "agreements");
    }

    @GET
    @Path("{id}/agreements/{version}/pdf")
    @Produces("application/pdf")
    public Response agreementPdf(@PathParam("id") UUID id, @PathParam("version") int version) {
        page.require(READERS);
        return provisions.agreementPdf(id, version);
    }

    @POST
    @Path("{id}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER);
        return act(id, "start", Form.of(posted), Map.of(), () -> provisions.start(id), "state");
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        return act(id, "end", form, Map.of(), () -> provisions.end(id, new EndInput(blankToNull(form.value("reason")))),
                "state");
    }

    @POST
    @Path("{id}/safety-measure-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestSafetyMeasures(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        Map<String, String> local = new HashMap<>();
        SafetyMeasureInput input = new SafetyMeasureInput(date(form, "requestedOn", local),
                blankToNull(form.value("method")), blankToNull(form.value("measures")),
                blankToNull(form.value("recipientResponse")), date(form, "respondedOn", local));
        return act(id, "safety", form, local, () -> provisions.requestSafetyMeasures(id, input), "safety");
    }

    @POST
    @Path("{id}/safety-measure-requests/{requestId}/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordResponse(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                   MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        Map<String, String> local = new HashMap<>();
        ResponseInput input = new ResponseInput(blankToNull(form.value("recipientResponse")),
                date(form, "respondedOn", local));
        return act(id, "response-" + requestId, form, local, () -> provisions.recordResponse(id, requestId, input),
                "safety");
    }

    @POST
    @Path("{id}/investigations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordInvestigation(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.INSPECTOR);
        Form form = Form.of(posted);
        Map<String, String> local = new HashMap<>();
        InvestigationInput input = new InvestigationInput(blankToNull(form.value("timing")),
                date(form, "conductedOn", local), blankToNull(form.value("investigator")),
                blankToNull(form.value("place")), blankToNull(form.value("findings")),
                blankToNull(form.value("result")), blankToNull(form.value("resultNote")));
        return act(id, "investigation", form, local, () -> provisions.recordInvestigation(id, input), "investigations");
    }

    @POST
    @Path("{id}/improvement-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestImprovement(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.INSPECTOR, RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        Map<String, String> local = new HashMap<>();
        ImprovementInput input = new ImprovementInput(
                Forms.uuid(form, "investigationId", local, "調査を一覧から選んでください。"),
                date(form, "requestedOn", local), blankToNull(form.value("content")), date(form, "deadline", local));
        return act(id, "improvement", form, local, () -> provisions.requestImprovement(id, input), "improvements");
    }

    @POST
    @Path("{id}/improvement-requests/{requestId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeImprovement(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                     MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.INSPECTOR, RoleLabels.PROTECTION_MANAGER);
        Form form = Form.of(posted);
        Map<String, String> local = new HashMap<>();
        CloseInput input = new CloseInput(blankToNull(form.value("result")), date(form, "completedOn", local));
        return act(id, "close-" + requestId, form, local, () -> provisions.closeImprovement(id, requestId, input),
                "improvements");
    }

    /**
     * Sends one of the detail page's forms: the page's own errors (a malformed date) or the service's refusal come
     * back on the same page beside that form's fields, with what was typed; success returns to the section.
     */
    private Response act(UUID id, String name, Form form, Map<String, String> local, Supplier<?> call, String anchor) {
        if (!local.isEmpty()) {
            return Response.status(400).entity(renderDetail(id, Forms.with(name, Forms.withErrors(form, local)))).build();
        }
        try {
            call.get();
        } catch (ServiceException e) {
            rethrowUnlessForTheForm(e);
            return Response.status(e.problem().status())
                    .entity(renderDetail(id, Forms.with(name, form.refused(e.problem())))).build();
        }
        return Response.seeOther(URI.create("/provisions/" + id + "#" + anchor)).build();
    }

    /** A login to renew, a missing role, an id this person cannot see or a service down: the error page, not the form. */
    private static void rethrowUnlessForTheForm(ServiceException e) {
        Problem problem = e.problem();
        if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
            throw e;
        }
    }

    private TemplateInstance renderDetail(UUID id, Forms forms) {
        Provision p = provisions.provision(id);
        Optional<Settings> settings = provisions.settings();
        var agreements = provisions.agreements(id);
        var investigations = provisions.investigations(id);
        boolean manager = page.has(RoleLabels.PROTECTION_MANAGER);
        boolean officer = page.has(RoleLabels.PROCUREMENT_OFFICER);
        boolean inspector = page.has(RoleLabels.INSPECTOR);
        return page.of("provisions/detail.html").data("p", p).data("forms", forms)
                .data("vocab", provisions.vocabulary().labels(page.locale()))
                .data("settings", settings.orElse(null))
                .data("agreements", agreements)
                .data("safety", provisions.safetyMeasureRequests(id))
                .data("investigations", investigations)
                .data("improvements", provisions.improvements(id))
                .data("items", Field.AGREEMENT_ITEMS)
                .data("nextVersion", p.currentVersion() + 1)
                .data("mayEdit", officer && !"ENDED".equals(p.state()))
                .data("mayIssue", manager && !"ENDED".equals(p.state()))
                .data("mayStart", (officer || manager) && ("AGREED".equals(p.state())
                        || "DRAFT".equals(p.state()) && !p.writtenAgreementRequired()))
                .data("mayEnd", (officer || manager) && ("AGREED".equals(p.state()) || "PROVIDING".equals(p.state())))
                .data("mayRequestSafety", officer || manager)
                .data("mayInvestigate", inspector)
                .data("mayRequestImprovement", inspector || manager)
                .data("today", clock.today().toString());
    }

    // ---- 台帳 ----

    @GET
    @Path("register")
    public TemplateInstance register(@QueryParam("division") String division) {
        page.require(READERS);
        String chosen = division == null ? "" : division.strip();
        return page.of("provisions/register.html").data("register", provisions.register(chosen))
                .data("division", chosen)
                .data("query", chosen.isEmpty() ? "" : "?division=" + java.net.URLEncoder.encode(chosen,
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @GET
    @Path("register/{format}")
    @Produces({"text/csv", "application/pdf"})
    public Response registerFile(@PathParam("format") String format, @QueryParam("division") String division) {
        page.require(READERS);
        if (!format.equals("csv") && !format.equals("pdf")) {
            throw new ServiceException(new Problem(404, "見つかりません", "この形式はありません（csv または pdf）。", Map.of()));
        }
        return provisions.registerFile(format, division);
    }

}
