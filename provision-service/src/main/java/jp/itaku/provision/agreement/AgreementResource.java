package jp.itaku.provision.agreement;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The written agreements (書面) of one provision: issued versions, each readable and printable for good. */
@Path("/api/provisions/{provisionId}/agreements")
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    AgreementPdf pdf;

    @POST
    @RolesAllowed(Roles.PROTECTION_MANAGER)
    @AccessRecorded(type = "provision-agreement", action = AccessAction.CREATE)
    public Response issue(@PathParam("provisionId") UUID provisionId, @Valid IssueRequest request) {
        AgreementVersion issued = service.issue(provisionId, request == null ? null : request.amendmentReason());
        return Response.created(URI.create("/api/provisions/" + provisionId + "/agreements/" + issued.version))
                .entity(AgreementView.of(issued, issued.version)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-agreement", action = AccessAction.LIST)
    public List<AgreementView> list(@PathParam("provisionId") UUID provisionId) {
        Provision provision = visible(provisionId);
        return AgreementVersion.of(provisionId).stream()
                .map(v -> AgreementView.of(v, provision.currentVersion)).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-agreement", action = AccessAction.READ)
    public AgreementView get(@PathParam("provisionId") UUID provisionId, @PathParam("version") int version) {
        Provision provision = visible(provisionId);
        return AgreementView.of(version(provisionId, version), provision.currentVersion);
    }

    @GET
    @Path("/{version}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision-agreement", action = AccessAction.DOWNLOAD)
    @RateLimited(RateLimits.EXPORT)
    public Response pdf(@PathParam("provisionId") UUID provisionId, @PathParam("version") int version) {
        visible(provisionId);
        byte[] document = pdf.render(version(provisionId, version));
        return Response.ok(document, "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment("提供の書面_第" + version + "版.pdf",
                        "agreement-" + provisionId + "-v" + version + ".pdf"))
                .build();
    }

    private static Provision visible(UUID provisionId) {
        return Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
    }

    private static AgreementVersion version(UUID provisionId, int version) {
        return AgreementVersion.find(provisionId, version)
                .orElseThrow(() -> ItakuException.notFound("第" + version + "版の書面"));
    }
}
