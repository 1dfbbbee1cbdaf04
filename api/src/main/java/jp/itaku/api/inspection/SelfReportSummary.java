package jp.itaku.api.inspection;

import java.util.UUID;

/**
 * A contractor's self-report as GET /api/inspections/self-reports lists it (inspection-service's SelfReportSummary):
 * the part other services read.
 */
public record SelfReportSummary(UUID id, UUID nodeId, UUID engagementId, String status) {

    /** The states of a self-report (inspection-service's SelfReport.Status). */
    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";
}
