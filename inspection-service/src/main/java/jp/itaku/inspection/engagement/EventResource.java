package jp.itaku.inspection.engagement;

import jakarta.inject.Inject;
import jp.itaku.api.EngagementEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.common.tenancy.TenantContext;

import java.util.UUID;

/** The receiving end of contract-service's transactional outbox; deliveries may repeat. */
@Path("/api/inspections/events")
public class EventResource {

    @Inject
    EventService service;

    @PUT
    @Path("/{eventId}")
    @RolesAllowed(Roles.SERVICE)
    public EventReceipt receive(@PathParam("eventId") UUID eventId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") EngagementEvent event) {
        if (!eventId.equals(event.eventId())) {
            throw ItakuException.invalid("eventId", "URL の eventId と本文の eventId が一致しません。");
        }
        if (!EngagementEvent.APPROVED.equals(event.type()) && !EngagementEvent.ENDED.equals(event.type())) {
            throw ItakuException.invalid("type", "type は engagement-approved または engagement-ended を指定してください。");
        }
        try {
            boolean applied = TenantContext.runAs(event.tenant(), () -> service.apply(event));
            return new EventReceipt(eventId, !applied);
        } catch (PersistenceException e) {
            throw ItakuException.conflict("同じイベントを並行して処理しています。時間をおいて再送してください。");
        }
    }
}
