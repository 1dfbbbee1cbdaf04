package jp.itaku.gateway.portal.approvals;

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
import jp.itaku.gateway.portal.client.ApprovalInput;
import jp.itaku.gateway.portal.client.ChainNode;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.Draft;
import jp.itaku.gateway.portal.client.Engagement;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.LatestDraft;
import jp.itaku.gateway.portal.client.PendingSubcontract;
import jp.itaku.gateway.portal.client.ProvisionApi;
import jp.itaku.gateway.portal.client.SubcontractDecisionInput;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Msg;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The protection manager's one queue: contracts under review (with their latest draft's verification),
 * re-subcontracting requests (with the subcontract's verification) and provisions whose agreement is not issued yet.
 */
@Path("/approvals")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ApprovalPages {

    /** What the page confirms after a decision; a code, so that a link cannot make the page say anything else. */
    private static final Map<String, Function<Msg, String>> DONE = Map.of(
            "contract-approved", Msg::done_contract_approved,
            "contract-refused", Msg::done_contract_refused,
            "subcontract-approved", Msg::done_subcontract_approved,
            "subcontract-refused", Msg::done_subcontract_refused,
            "agreement-issued", Msg::done_agreement_issued);

    private static final String EXCEPTION = "exceptions.";
    private final Page page;
    private final Services services;
    private final ContractClient contracts;
    private final InspectionClient inspections;

    ApprovalPages(Page page, Services services, ContractClient contracts, InspectionClient inspections) {
        this.page = page;
        this.services = services;
        this.contracts = contracts;
        this.inspections = inspections;
    }

    @GET
    public TemplateInstance queue(@jakarta.ws.rs.QueryParam("done") String done) {
        page.require(RoleLabels.PROTECTION_MANAGER);
        return render(Map.of(), done == null || !DONE.containsKey(done) ? null : DONE.get(done).apply(page.msg()));
    }

    @POST
    @Path("contracts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideContract(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        page.require(RoleLabels.PROTECTION_MANAGER);
        String key = "contract-" + id;
        Form form = Form.of(posted);
        String reason = form.value("reason");
        try {
            if ("approve".equals(form.value("decision"))) {
                // an element the draft does not satisfy is accepted only with the manager's reason (exceptions.<id>)
                List<ApprovalInput.ExceptionInput> exceptions = new ArrayList<>();
                form.values().forEach((name, value) -> {
                    if (name.startsWith(EXCEPTION) && !value.isBlank()) {
                        exceptions.add(new ApprovalInput.ExceptionInput(name.substring(EXCEPTION.length()), value.trim()));
                    }
                });
                contracts.approve(id, new ApprovalInput(form.value("draftVersion").matches("\\d{1,6}")
                        ? Integer.valueOf(form.value("draftVersion")) : null, blankToNull(reason), exceptions));
            } else {
                if (reason.isBlank()) {
                    return refused(key, form.withError("reason", page.msg().error_refuse_reason()));
                }
                contracts.transition(id, "DRAFTING", reason.trim());
            }
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form refused = form.refused(e.problem());
            if (refused.errors().containsKey("comment") || refused.errors().containsKey("note")) {
                refused.errors().put("reason", refused.errors().getOrDefault("comment", refused.errors().get("note")));
            }
            return refused(key, refused);
        }
        return done("approve".equals(form.value("decision")) ? "contract-approved" : "contract-refused");
    }

    @POST
    @Path("subcontracts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideSubcontract(@PathParam("id") UUID id, @RestForm String decision, @RestForm String reason) {
        page.require(RoleLabels.PROTECTION_MANAGER);
        String key = "subcontract-" + id;
        Form form = new Form(new HashMap<>(Map.of("reason", reason == null ? "" : reason)), new HashMap<>(), null);
        boolean approve = "approve".equals(decision);
        if (!approve && (reason == null || reason.isBlank())) {
            return refused(key, form.withError("reason", page.msg().error_subcontract_reason()));
        }
        try {
            inspections.decideSubcontract(id, new SubcontractDecisionInput(approve ? "APPROVE" : "REFUSE",
                    blankToNull(reason)));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form refused = form.refused(e.problem());
            if (refused.errors().containsKey("comment")) {
                refused.errors().put("reason", refused.errors().get("comment"));
            }
            return refused(key, refused);
        }
        return done(approve ? "subcontract-approved" : "subcontract-refused");
    }

    @POST
    @Path("provisions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issueAgreement(@PathParam("id") UUID id, @RestForm String reason) {
        page.require(RoleLabels.PROTECTION_MANAGER);
        try {
            services.post("/api/provisions/" + id + "/agreements", new ProvisionApi.IssueInput(blankToNull(reason)));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form form = new Form(new HashMap<>(Map.of("reason", reason == null ? "" : reason)), new HashMap<>(), null);
            return refused("provision-" + id, form.refused(e.problem()));
        }
        return done("agreement-issued");
    }

    private Response refused(String key, Form form) {
        return Response.status(400).entity(render(Map.of(key, form), null)).build();
    }

    private Response done(String message) {
        return Response.seeOther(URI.create("/approvals?done=" + message)).build();
    }

    /** A contract under review, its latest draft and the elements an approval must except (with the form's name). */
    public record ContractInQueue(Engagement engagement, Draft latest, List<OpenElement> openElements, Form form) {
    }

    public record OpenElement(String id, String name, String statusLabel, String field) {
    }

    public record SubcontractInQueue(ChainNode node, String engagementTitle, Form form) {
    }

    /** What the queue reads of a provision waiting for its agreement (provision-service's list). */
    public record Provision(String id, String title, Recipient recipient) {
    }

    public record Recipient(String name) {
    }

    public record ProvisionInQueue(Provision provision, Form form) {
    }

    private TemplateInstance render(Map<String, Form> forms, String done) {
        List<String> unavailable = new ArrayList<>();
        List<ContractInQueue> contractRows = new ArrayList<>();
        List<SubcontractInQueue> subcontracts = new ArrayList<>();
        List<ProvisionInQueue> provisions = new ArrayList<>();
        section(unavailable, () -> {
            List<Engagement> underReview = contracts.engagements("UNDER_REVIEW");
            Map<String, LatestDraft> latestDrafts = new HashMap<>();
            if (!underReview.isEmpty()) {
                contracts.latestDrafts("UNDER_REVIEW").forEach(d -> latestDrafts.put(d.engagementId(), d));
            }
            for (Engagement e : underReview) {
                LatestDraft latest = latestDrafts.get(e.id());
                List<OpenElement> open = latest == null ? List.of() : latest.openElements().stream()
                        .filter(LatestDraft.OpenElement::required)
                        .map(el -> new OpenElement(el.id(), el.name(), el.statusLabel(), EXCEPTION + el.id()))
                        .toList();
                contractRows.add(new ContractInQueue(e, latest == null ? null : latest.draft(), open,
                        forms.getOrDefault("contract-" + e.id(), Form.empty())));
            }
        });
        section(unavailable, () -> {
            for (PendingSubcontract pending : inspections.pendingSubcontracts()) {
                subcontracts.add(new SubcontractInQueue(pending.node(), pending.engagementTitle(),
                        forms.getOrDefault("subcontract-" + pending.node().id(), Form.empty())));
            }
        });
        section(unavailable, () -> {
            for (Provision p : services.items("/api/provisions?state=DRAFT&size=200", Provision.class)) {
                provisions.add(new ProvisionInQueue(p, forms.getOrDefault("provision-" + p.id(), Form.empty())));
            }
        });
        return page.of("approvals/queue.html")
                .data("contracts", contractRows)
                .data("subcontracts", subcontracts)
                .data("provisions", provisions)
                .data("done", done)
                .data("unavailable", unavailable);
    }

    /** One part of the queue; a service that does not answer leaves the others usable and says so. */
    private static void section(List<String> unavailable, Runnable load) {
        try {
            load.run();
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            unavailable.add(e.problem().message());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
