package jp.itaku.contract.outbox;

import jp.itaku.api.EngagementEvent;
import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.itaku.contract.approval.Approval;
import jp.itaku.contract.contractor.Contractor;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.StateChanged;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Writes the outbox row inside the transaction that approved or ended the engagement: both commit or neither. */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    ItakuClock clock;

    @Inject
    ObjectMapper json;

    void onStateChanged(@Observes StateChanged change) {
        String type = switch (change.to()) {
            case APPROVED -> EngagementEvent.APPROVED;
            case ENDED -> EngagementEvent.ENDED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        Engagement e = change.engagement();
        Approval approval = Approval.of(e.id).orElse(null);
        Contractor contractor = Contractor.findVisible(e.contractorId).orElse(null);
        UUID eventId = UUID.randomUUID();
        EngagementEvent event = new EngagementEvent(eventId, type, e.tenantId, e.id, e.title, e.division,
                e.contractorId, contractor == null ? null : contractor.name, e.orgCode, e.sensitivity,
                e.periodStart, e.periodEnd, approval == null ? null : approval.approvedAt,
                approval == null ? null : approval.approvedBy);
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.tenantId = e.tenantId;
        row.type = type;
        row.aggregateId = e.id;
        row.payload = write(event);
        row.createdAt = clock.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
    }

    private String write(EngagementEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
