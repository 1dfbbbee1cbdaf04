package jp.itaku.provision.investigation;

import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Improvement requests to a provision's recipient (P2), tracked to closure. */
@Path("/api/provisions/{provisionId}/improvement-requests")
public class ImprovementResource {

    @Inject
    ItakuClock clock;

    @Inject
    InvestigationService service;

    public record ImprovementRequestBody(
            UUID investigationId,
            @NotNull(message = "要求日を入力してください。") LocalDate requestedOn,
            @NotBlank(message = "改善を求める内容を入力してください。")
            @Size(max = 4000, message = "改善を求める内容は4000文字以内で入力してください。") String content,
            @NotNull(message = "改善の期限を入力してください。") LocalDate deadline) {
    }

    /** The result is checked by the service so that a missing one is refused with the request's own wording. */
    public record CloseBody(
            @Size(max = 4000, message = "改善の結果は4000文字以内で入力してください。") String result,
            LocalDate completedOn) {
    }

    public record ImprovementView(UUID id, UUID provisionId, UUID investigationId, LocalDate requestedOn,
                                  String content, LocalDate deadline, String state, String stateLabel,
                                  boolean overdue, String result, LocalDate completedOn, String requestedBy,
                                  OffsetDateTime recordedAt, OffsetDateTime closedAt, String closedBy) {
        static ImprovementView of(ImprovementRequest r, LocalDate today) {
            return new ImprovementView(r.id, r.provisionId, r.investigationId, r.requestedOn, r.content, r.deadline,
                    r.state.name(), r.state.label, r.overdue(today), r.result, r.completedOn, r.requestedBy, r.recordedAt,
                    r.closedAt, r.closedBy);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<ImprovementView> list(@PathParam("provisionId") UUID provisionId,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return service.improvements(provisionId, null, false, page, size).map(r -> ImprovementView.of(r, clock.today()));
    }

    @POST
    @RolesAllowed({Roles.INSPECTOR, Roles.PROTECTION_MANAGER})
    public Response request(@PathParam("provisionId") UUID provisionId,
                            @Valid @NotNull(message = "リクエスト本文が必要です。") ImprovementRequestBody body) {
        ImprovementRequest created = service.request(provisionId, body.investigationId(), body.requestedOn(),
                body.content(), body.deadline());
        return Response.created(URI.create("/api/provisions/" + provisionId + "/improvement-requests/" + created.id))
                .entity(ImprovementView.of(created, clock.today())).build();
    }

    @POST
    @Path("/{requestId}/close")
    @RolesAllowed({Roles.INSPECTOR, Roles.PROTECTION_MANAGER})
    public ImprovementView close(@PathParam("provisionId") UUID provisionId, @PathParam("requestId") UUID requestId,
                                 @Valid CloseBody body) {
        return ImprovementView.of(service.close(provisionId, requestId, body == null ? null : body.result(),
                body == null ? null : body.completedOn()), clock.today());
    }
}
