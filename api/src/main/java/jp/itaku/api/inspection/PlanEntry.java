package jp.itaku.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the inspection plan as GET /api/inspections/plan lists it (inspection-service's PlanView): the part
 * other services read — whom it concerns, when it is due and where it stands today. Fields the provider adds are
 * ignored by a tolerant reader; the consumers' pacts, replayed by inspection-service, keep these in step.
 */
public record PlanEntry(UUID id, UUID nodeId, String nodeName, UUID engagementId, String engagementTitle, String state,
                        LocalDate dueOn, LocalDate lastDoneOn) {

    /** The states of an open entry (inspection-service's PlanState). */
    public static final String OVERDUE = "OVERDUE";
    public static final String DUE = "DUE";
    public static final String DONE = "DONE";
    public static final String SCHEDULED = "SCHEDULED";
}
