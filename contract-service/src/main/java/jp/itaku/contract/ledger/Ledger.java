package jp.itaku.contract.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 台帳 (S5, 第5-8) of outsourced work: for each engagement, how its personal information is used and kept, and by
 * whom down the subcontract chain — the page, the CSV and the PDF all show these records.
 *
 * @param incidentsTracked false while incidents (第9) are not recorded yet: then {@code openIncidents} means "unknown"
 */
public record Ledger(Filter filter, LocalDate asOf, boolean incidentsTracked, List<Entry> entries) {

    /** What the ledger was narrowed to; nulls mean "all". */
    public record Filter(String division, String state, UUID contractorId, boolean endedNotErased) {
    }

    public record Entry(UUID engagementId, String title, String division, String kindLabel, String state,
                        String stateLabel, String sensitivityLabel, List<String> infoCategories, int recordCount,
                        LocalDate periodStart, LocalDate periodEnd, List<Handler> handlers,
                        ApprovalRecord approval, List<String> verifiedClauses, Responsible responsible,
                        Erasure erasure, boolean ended, boolean notYetErased, List<Event> events) {
    }

    /** One organisation handling the information: the contractor (depth 1) or an approved subcontractor. */
    public record Handler(int depth, String roleLabel, String name, String corporateNumber, String workPart,
                          String personalInfo, List<Place> places, boolean placesNeedReview, String statusLabel,
                          OffsetDateTime approvedAt, String approvedBy, LocalDate lastInspectedOn,
                          String lastInspectionLabel, LocalDate nextInspectionDue, long openImprovements,
                          long openIncidents) {
    }

    /** Where it is handled or stored; cloud services and places outside Japan are flagged. */
    public record Place(String purposeLabel, String placeTypeLabel, String description, String country, boolean cloud,
                        boolean abroad) {
    }

    public record ApprovalRecord(int draftVersion, OffsetDateTime approvedAt, String approvedBy,
                                 List<ExceptionRecord> exceptions) {
    }

    public record ExceptionRecord(String elementId, String name, String statusLabel, String reason) {
    }

    /** The written confirmation's (O3) responsible person of the contractor. */
    public record Responsible(String name, String title, String contact) {
    }

    public record Erasure(LocalDate erasedOn, String method, boolean mediaReturned, OffsetDateTime uploadedAt,
                          String uploadedBy) {
    }

    public record Event(String kind, String kindLabel, LocalDate occurredOn, String actorName, String description,
                        OffsetDateTime recordedAt, String recordedBy) {
    }
}
