package jp.itaku.inspection.incident;

import java.time.OffsetDateTime;

public record IncidentEventView(OffsetDateTime at, String actor, String kind, String text) {
}
