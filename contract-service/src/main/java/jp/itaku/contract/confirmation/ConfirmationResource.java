package jp.itaku.contract.confirmation;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.files.Uploads;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Set;
import java.util.UUID;

/** O3: entered by the officer or by the contractor's own user, and attached as the signed document. */
@Path("/api/contracts/engagements/{engagementId}/confirmation")
public class ConfirmationResource {

    static final Set<String> ACCEPTED = Set.of("pdf", "docx", "jpg", "jpeg", "png");

    @Inject
    ConfirmationService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "written-confirmation", action = AccessAction.READ)
    public ConfirmationView get(@PathParam("engagementId") UUID engagementId) {
        return view(service.get(engagementId));
    }

    @PUT
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR})
    @AccessRecorded(type = "written-confirmation", action = AccessAction.UPDATE)
    public ConfirmationView enter(@PathParam("engagementId") UUID engagementId,
                                  @Valid @NotNull(message = "リクエスト本文が必要です。") ConfirmationRequest request) {
        return view(service.enter(engagementId, request));
    }

    @POST
    @Path("/attachment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR})
    @AccessRecorded(type = "written-confirmation-document", action = AccessAction.CREATE)
    @RateLimited(RateLimits.UPLOAD)
    public ConfirmationView attach(@PathParam("engagementId") UUID engagementId, @RestForm("file") FileUpload file) {
        return view(service.attach(engagementId, Uploads.read(file, ACCEPTED, "書面による確認事項")));
    }

    @GET
    @Path("/attachment")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "written-confirmation-document", action = AccessAction.DOWNLOAD)
    public Response attachment(@PathParam("engagementId") UUID engagementId) {
        WrittenConfirmation c = service.get(engagementId);
        return Response.ok(service.attachment(c))
                .header("Content-Disposition", ContentDisposition.attachment(c.attachmentName))
                .build();
    }

    private ConfirmationView view(WrittenConfirmation c) {
        Attachment attachment = c.attached()
                ? new Attachment(c.attachmentName, c.attachmentSha256, c.attachmentUploadedAt, c.attachmentUploadedBy) : null;
        return new ConfirmationView(c.engagementId, new Responsible(c.responsibleName, c.responsibleTitle, c.responsibleContact),
                service.workers(c), c.managementStructure, c.implementationStructure, c.inspectionArrangements,
                attachment, c.attached(), c.updatedAt, c.updatedBy);
    }
}
