package jp.itaku.contract.erasure;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.files.Uploads;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/contracts/engagements/{engagementId}/erasure-certificates")
public class ErasureResource {

    @Inject
    ItakuClock clock;

    static final Set<String> ACCEPTED = Set.of("pdf", "jpg", "jpeg", "png");

    @Inject
    ErasureService service;

    /** The officer or the contractor's own user uploads the certificate with the erasure date and method. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.CONTRACTOR})
    @RateLimited(RateLimits.UPLOAD)
    public Response upload(@PathParam("engagementId") UUID engagementId, @RestForm("file") FileUpload file,
                           @RestForm("erasedOn") String erasedOn, @RestForm("method") String method,
                           @RestForm("mediaReturned") String mediaReturned) {
        LocalDate day = parseDay(erasedOn);
        if (method == null || method.isBlank() || method.length() > 1000) {
            throw ItakuException.invalid("method", "消去の方法（例: 専用ソフトによる上書き消去、物理破壊）を1000文字以内で入力してください。");
        }
        if (!"true".equals(mediaReturned) && !"false".equals(mediaReturned)) {
            throw ItakuException.invalid("mediaReturned", "媒体を返却したか（true / false）を指定してください。");
        }
        ErasureCertificate c = service.upload(engagementId, Uploads.read(file, ACCEPTED, "消去証明書"), day, method,
                Boolean.parseBoolean(mediaReturned));
        return Response.status(201).entity(CertificateView.of(c)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<CertificateView> list(@PathParam("engagementId") UUID engagementId) {
        return service.list(engagementId).stream().map(CertificateView::of).toList();
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public Response file(@PathParam("engagementId") UUID engagementId, @PathParam("id") UUID id) {
        ErasureCertificate c = service.get(engagementId, id);
        return Response.ok(service.file(c), c.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(c.fileName))
                .build();
    }

    private LocalDate parseDay(String value) {
        try {
            LocalDate day = LocalDate.parse(String.valueOf(value));
            if (day.isAfter(clock.today())) {
                throw ItakuException.invalid("erasedOn", "消去日に将来の日付は指定できません。");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ItakuException.invalid("erasedOn", "消去日を YYYY-MM-DD 形式で入力してください。");
        }
    }
}
