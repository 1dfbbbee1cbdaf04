package jp.itaku.inspection.plan;

import java.time.OffsetDateTime;

public record LinkState(boolean active, OffsetDateTime createdAt) {
}
