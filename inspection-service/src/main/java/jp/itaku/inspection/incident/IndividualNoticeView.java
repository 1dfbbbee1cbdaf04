package jp.itaku.inspection.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

public record IndividualNoticeView(UUID id, OffsetDateTime notifiedAt, String method, int people, String note,
                                   OffsetDateTime recordedAt, String recordedBy) {
}
