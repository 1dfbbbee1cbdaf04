package jp.itaku.contract.ledger;

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
import jp.itaku.common.security.Roles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events on an engagement's ledger (copies authorised, media taken out, returned, erased). */
@Path("/api/contracts/engagements/{engagementId}/ledger-events")
public class LedgerEventResource {

    @Inject
    LedgerEventService service;

    public record EventRequest(
            @NotNull(message = "記録の種類（COPY_AUTHORISED: 複製・送信の許可 / MEDIA_TAKEN_OUT: 媒体の持出し / MEDIA_RETURNED: 媒体の返却 / MEDIA_ERASED: 媒体・情報の消去）を選択してください。")
            LedgerEventKind kind,
            @NotNull(message = "実施日（YYYY-MM-DD）を入力してください。") LocalDate occurredOn,
            @NotBlank(message = "実施者（許可した者・持ち出した者など）を入力してください。") @Size(max = 200, message = "実施者は200文字以内で入力してください。")
            String actorName,
            @NotBlank(message = "内容（複製の範囲や媒体の種類・数）を入力してください。") @Size(max = 2000, message = "内容は2000文字以内で入力してください。")
            String description) {
    }

    public record EventView(UUID id, UUID engagementId, LedgerEventKind kind, String kindLabel, LocalDate occurredOn,
                            String actorName, String description, OffsetDateTime recordedAt, String recordedBy) {
        public static EventView of(LedgerEvent e) {
            return new EventView(e.id, e.engagementId, e.kind, e.kind.label, e.occurredOn, e.actorName, e.description,
                    e.recordedAt, e.recordedBy);
        }
    }

    /** Which kind each role may record is checked by the service ({@link LedgerEventKind#recordedBy}). */
    @POST
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CONTRACTOR})
    public Response record(@PathParam("engagementId") UUID engagementId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") EventRequest request) {
        LedgerEvent e = service.record(engagementId, new LedgerEventService.NewEvent(request.kind(), request.occurredOn(),
                request.actorName(), request.description()));
        return Response.status(201).entity(EventView.of(e)).build();
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<EventView> list(@PathParam("engagementId") UUID engagementId) {
        return service.list(engagementId).stream().map(EventView::of).toList();
    }
}
