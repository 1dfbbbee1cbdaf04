package jp.itaku.inspection.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record NotificationView(UUID id, UUID planEntryId, UUID nodeId, Notification.Kind kind, LocalDate dueOn,
                               String recipient, String message, OffsetDateTime createdAt) {
    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.planEntryId, n.nodeId, n.kind, n.dueOn, n.recipient, n.message, n.createdAt);
    }
}
