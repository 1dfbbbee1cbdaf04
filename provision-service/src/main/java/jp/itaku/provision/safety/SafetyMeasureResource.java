package jp.itaku.provision.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests for safety measures made to a provision's recipient (P2). */
@Path("/api/provisions/{provisionId}/safety-measure-requests")
public class SafetyMeasureResource {

    @Inject
    SafetyMeasureService service;

    public record SafetyMeasureRequestBody(
            @NotNull(message = "要求日を入力してください。") LocalDate requestedOn,
            @NotBlank(message = "要求の方法を入力してください（例：書面の交付）。")
            @Size(max = 200, message = "要求の方法は200文字以内で入力してください。") String method,
            @NotBlank(message = "要求した安全確保の措置を入力してください。")
            @Size(max = 4000, message = "要求した安全確保の措置は4000文字以内で入力してください。") String measures,
            @Size(max = 2000, message = "提供先の回答内容は2000文字以内で入力してください。") String recipientResponse,
            LocalDate respondedOn) {
    }

    public record ResponseBody(
            @NotBlank(message = "提供先の回答内容を入力してください。")
            @Size(max = 2000, message = "提供先の回答内容は2000文字以内で入力してください。") String recipientResponse,
            @NotNull(message = "回答日を入力してください。") LocalDate respondedOn) {
    }

    public record SafetyMeasureView(UUID id, UUID provisionId, Integer agreementVersion, LocalDate requestedOn,
                                    String method, String measures, String legalBasis, String recipientResponse,
                                    LocalDate respondedOn, OffsetDateTime responseRecordedAt,
                                    String responseRecordedBy, OffsetDateTime recordedAt, String recordedBy) {
        static SafetyMeasureView of(SafetyMeasureRequest r) {
            return new SafetyMeasureView(r.id, r.provisionId, r.agreementVersion, r.requestedOn, r.method, r.measures,
                    r.legalBasis, r.recipientResponse, r.respondedOn, r.responseRecordedAt, r.responseRecordedBy,
                    r.recordedAt, r.recordedBy);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public List<SafetyMeasureView> list(@PathParam("provisionId") UUID provisionId) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return SafetyMeasureRequest.of(provisionId).stream().map(SafetyMeasureView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public Response record(@PathParam("provisionId") UUID provisionId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") SafetyMeasureRequestBody body) {
        SafetyMeasureRequest created = service.record(provisionId, body.requestedOn(), body.method(), body.measures(),
                body.recipientResponse(), body.respondedOn());
        return Response.created(URI.create("/api/provisions/" + provisionId + "/safety-measure-requests/" + created.id))
                .entity(SafetyMeasureView.of(created)).build();
    }

    @POST
    @Path("/{requestId}/response")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public SafetyMeasureView recordResponse(@PathParam("provisionId") UUID provisionId,
                                            @PathParam("requestId") UUID requestId,
                                            @Valid @NotNull(message = "リクエスト本文が必要です。") ResponseBody body) {
        return SafetyMeasureView.of(service.recordResponse(provisionId, requestId, body.recipientResponse(),
                body.respondedOn()));
    }
}
