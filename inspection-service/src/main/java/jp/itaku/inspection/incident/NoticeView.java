package jp.itaku.inspection.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

public record NoticeView(UUID id, UUID incidentId, String recipientRole, String kind, String message,
                         OffsetDateTime createdAt) {
}
