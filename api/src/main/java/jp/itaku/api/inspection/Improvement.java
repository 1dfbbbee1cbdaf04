package jp.itaku.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An improvement request from an inspection's finding as GET /api/inspections/improvements lists it
 * (inspection-service's ImprovementView): the part other services read. {@code overdue} is the provider's own
 * judgement of the deadline against its clock.
 */
public record Improvement(UUID id, UUID nodeId, String description, LocalDate deadline, String status,
                          boolean overdue) {

    /** The states of a request (inspection-service's ImprovementRequest.Status). */
    public static final String OPEN = "OPEN";
    public static final String RESPONDED = "RESPONDED";
    public static final String CLOSED = "CLOSED";
}
