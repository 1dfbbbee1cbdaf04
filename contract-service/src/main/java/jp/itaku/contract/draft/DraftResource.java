package jp.itaku.contract.draft;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.files.Uploads;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/contracts/engagements/{engagementId}/drafts")
public class DraftResource {

    static final Set<String> ACCEPTED = Set.of("txt", "docx", "pdf");

    @Inject
    DraftService service;

    @Inject
    DraftTexts texts;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    @RateLimited(RateLimits.UPLOAD)
    public Response upload(@PathParam("engagementId") UUID engagementId, @RestForm("file") FileUpload file) {
        ContractDraft draft = service.upload(engagementId, Uploads.read(file, ACCEPTED, "契約書案"));
        return Response.created(URI.create("/api/contracts/engagements/" + engagementId + "/drafts/" + draft.version))
                .entity(DraftDetail.of(draft, service.report(draft))).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<DraftView> list(@PathParam("engagementId") UUID engagementId) {
        return service.list(engagementId).stream().map(DraftView::of).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public DraftDetail get(@PathParam("engagementId") UUID engagementId, @PathParam("version") int version) {
        ContractDraft draft = service.get(engagementId, version);
        return DraftDetail.of(draft, service.report(draft));
    }

    @GET
    @Path("/{version}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public Response original(@PathParam("engagementId") UUID engagementId, @PathParam("version") int version) {
        ContractDraft draft = service.get(engagementId, version);
        return Response.ok(service.original(draft), draft.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(draft.fileName))
                .build();
    }

    /**
     * The text the verifier extracted from this version (also from a .docx or .pdf); the evidence offsets of the
     * verification are code points into {@code text}.
     */
    @GET
    @Path("/{version}/text")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public DraftTexts.DraftText text(@PathParam("engagementId") UUID engagementId, @PathParam("version") int version) {
        ContractDraft draft = service.get(engagementId, version);
        return texts.of(draft, service.original(draft));
    }

    /** Which elements the revision {@code to} fixed or broke compared with {@code from}, with the changed text. */
    @GET
    @Path("/diff")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public DraftDiff diff(@PathParam("engagementId") UUID engagementId,
                          @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw ItakuException.invalid(from == null ? "from" : "to", "比較する版（from・to）を指定してください。");
        }
        ContractDraft before = service.get(engagementId, from);
        ContractDraft after = service.get(engagementId, to);
        return DraftDiff.between(from, service.report(before), to, service.report(after));
    }
}
