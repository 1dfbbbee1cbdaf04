package jp.itaku.inspection.incident;

import java.time.OffsetDateTime;

public record ReportView(int version, String kind, String kindLabel, OffsetDateTime createdAt, String createdBy) {
    static ReportView of(IncidentReport r) {
        return new ReportView(r.version, r.kind.name(), r.kind.label, r.createdAt, r.createdBy);
    }
}
