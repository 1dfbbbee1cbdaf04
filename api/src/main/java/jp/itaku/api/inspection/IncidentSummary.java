package jp.itaku.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An incident (事故等, guideline 第9) as GET /api/inspections/incidents lists it (inspection-service's
 * IncidentSummary): the part other services read. {@code reportable}: to be reported to the 個人情報保護委員会.
 */
public record IncidentSummary(UUID id, UUID engagementId, String engagementTitle, UUID nodeId, String nodeName,
                              String title, String status, boolean reportable, LocalDate awareOn) {

    /** The states of an incident (inspection-service's Incident.Status). */
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
}
