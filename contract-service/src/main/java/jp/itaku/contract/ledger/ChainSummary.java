package jp.itaku.contract.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * inspection-service's answer to GET /api/inspections/ledger (its jp.itaku.inspection.ledger.ChainSummary), read
 * into records of the same shape: the wire contract between the two services. Fields it adds later are ignored
 * ({@link InspectionLedgerClient} reads tolerantly); a field it drops arrives as null and fails the ledger test.
 */
public record ChainSummary(String division, List<Node> nodes, boolean incidentsTracked) {

    public record Node(UUID id, UUID engagementId, UUID parentId, int depth, String name, String corporateNumber,
                       String workPart, String personalInfo, String location, boolean cloud, String country,
                       boolean needsReview, String status, OffsetDateTime approvedAt, String approvedBy,
                       OffsetDateTime removedAt, String removalReason, Inspection inspection, long openImprovements,
                       long openIncidents) {
    }

    public record Inspection(LocalDate lastDoneOn, String lastDoneKind, LocalDate lastCheckOn, LocalDate nextDueOn,
                             String method, boolean planOpen) {
    }
}
