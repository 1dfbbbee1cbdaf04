package jp.itaku.gateway.portal.contractor;

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
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.web.Form;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.client.ChainNode;
import jp.itaku.gateway.portal.client.ChainTreeNode;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.InspectionClient;
import jp.itaku.gateway.portal.client.InspectionEngagement;
import jp.itaku.gateway.portal.client.InvitationInput;
import jp.itaku.gateway.portal.client.SubcontractInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The subcontracting chain of an engagement as a tree (inspection-service's roll-up: each node shows the worst state
 * of its subtree), the contractor's request to subcontract, and the agency's invitation of an approved
 * subcontractor's user (contract-service's {@code /api/contracts/subcontractors/{nodeId}/users}, issue 15 item 3).
 */
@Path("/engagements/{id}/chain")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ChainPages {

    /** The subcontract's text travels as JSON; the service caps it at 200,000 characters. */
    private static final long MAX_SUBCONTRACT_BYTES = 1024 * 1024;

    /** Who may invite a subcontractor's user: the agency's staff (contract-service decides again). */
    static final String[] INVITERS = {RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER};

    private final Page page;
    private final InspectionClient inspections;
    private final ContractClient contracts;

    ChainPages(Page page, InspectionClient inspections, ContractClient contracts) {
        this.page = page;
        this.inspections = inspections;
        this.contracts = contracts;
    }

    @GET
    public TemplateInstance chain(@PathParam("id") UUID id, @QueryParam("invited") String invited) {
        return render(id, Form.empty()).data("invited", invited);
    }

    /** 利用者を招待: the first (or a further) user of an approved subcontractor, from its node in the chain. */
    @POST
    @Path("/nodes/{nodeId}/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") UUID id, @PathParam("nodeId") UUID nodeId, @RestForm String email,
                           @RestForm String lastName, @RestForm String firstName) {
        page.require(INVITERS);
        Map<String, String> typed = new HashMap<>();
        typed.put("email", nz(email).trim());
        typed.put("lastName", nz(lastName).trim());
        typed.put("firstName", nz(firstName).trim());
        try {
            contracts.inviteSubcontractorUser(nodeId, new InvitationInput(typed.get("email"), typed.get("lastName"),
                    typed.get("firstName")));
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form refused = new Form(typed, new HashMap<>(), null).refused(e.problem());
            return Response.status(e.problem().status()).entity(render(id, Form.empty())
                    .data("inviteNode", nodeId.toString()).data("inviteForm", refused)).build();
        }
        return Response.seeOther(URI.create("/engagements/" + id + "/chain?invited="
                + java.net.URLEncoder.encode(typed.get("email"), StandardCharsets.UTF_8) + "#node-" + nodeId)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response request(@PathParam("id") UUID id, @RestForm String parentId, @RestForm String name,
                            @RestForm String corporateNumber, @RestForm String workPart, @RestForm String personalInfo,
                            @RestForm String location, @RestForm("file") FileUpload file) {
        page.require(RoleLabels.CONTRACTOR);
        Map<String, String> values = new HashMap<>();
        values.put("parentId", nz(parentId));
        values.put("name", nz(name));
        values.put("corporateNumber", nz(corporateNumber));
        values.put("workPart", nz(workPart));
        values.put("personalInfo", nz(personalInfo));
        values.put("location", nz(location));
        Form form = new Form(values, new HashMap<>(), null);
        String text = null;
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            form = form.withError("file", page.msg(ChainMsg.class).error_no_file());
        } else if (file.size() > MAX_SUBCONTRACT_BYTES) {
            form = form.withError("file", page.msg(ChainMsg.class).error_too_large());
        } else if (!file.fileName().toLowerCase().endsWith(".txt")) {
            form = form.withError("file", page.msg(ChainMsg.class).error_not_text());
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            } catch (CharacterCodingException e) {
                form = form.withError("file", page.msg(ChainMsg.class).error_not_utf8());
            } catch (IOException e) {
                form = form.withError("file", page.msg(ChainMsg.class).error_unreadable());
            }
        }
        UUID parent;
        try {
            parent = UUID.fromString(values.get("parentId"));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(render(id, form.withError("parentId", page.msg(ChainMsg.class).error_no_parent()))).build();
        }
        SubcontractInput input = new SubcontractInput(blankToNull(name), blankToNull(corporateNumber), false,
                blankToNull(workPart), blankToNull(personalInfo), blankToNull(location),
                text == null ? null : file.fileName(), text);
        try {
            // sent even when the file was refused here, so that every other field's message comes back at once
            inspections.requestSubcontract(parent, input);
        } catch (ServiceException e) {
            if (e.problem().status() == 401 || e.problem().status() >= 500) {
                throw e;
            }
            Form refused = form.refused(e.problem());
            for (String fileField : List.of("subcontractText", "subcontractFileName")) {
                String message = refused.errors().remove(fileField);
                if (message != null && !form.invalid("file")) {
                    refused.errors().put("file", message);
                }
            }
            if (form.invalid("file")) {
                refused.errors().put("file", form.error("file"));
            }
            return Response.status(e.problem().status()).entity(render(id, refused)).build();
        }
        if (!form.errors().isEmpty()) {
            return Response.status(400).entity(render(id, form)).build();
        }
        return Response.seeOther(URI.create("/engagements/" + id + "/chain")).build();
    }

    private TemplateInstance render(UUID id, Form form) {
        InspectionEngagement engagement = inspections.engagement(id);
        List<ChainTreeNode> nodes = inspections.chainTree(id);
        boolean inviter = false;
        for (String role : INVITERS) {
            inviter |= page.has(role);
        }
        return page.of("contractor/chain.html")
                .data("e", engagement)
                .data("tree", ChainTree.of(nodes))
                .data("vocab", inspections.vocabulary().labels(page.locale()))
                .data("parents", nodes.stream().map(ChainTreeNode::node).filter(ChainNode::active).toList())
                .data("contractor", page.has(RoleLabels.CONTRACTOR))
                .data("inviter", inviter)
                .data("inviteNode", "")
                .data("inviteForm", Form.empty())
                .data("invited", null)
                .data("form", form);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
