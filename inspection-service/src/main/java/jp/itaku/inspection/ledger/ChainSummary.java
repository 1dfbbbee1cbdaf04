package jp.itaku.inspection.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What inspection-service contributes to the 台帳 (S5) of a tenant or one division, in one answer: every organisation
 * in the engagements' chains that handles the information, with its inspections and open improvements. contract-service
 * assembles the ledger from it (it owns the engagements); nothing here is copied into its tables.
 *
 * @param incidentsTracked whether {@code openIncidents} is known (it is since incidents are recorded here); a reader
 *                         shows "not known", never 0, when it is false
 */
public record ChainSummary(String division, List<Node> nodes, boolean incidentsTracked) {

    /**
     * One organisation in one engagement's chain: the contractor at depth 1, each approved (or later removed)
     * subcontractor deeper down.
     */
    public record Node(UUID id, UUID engagementId, UUID parentId, int depth, String name, String corporateNumber,
                       String workPart, String personalInfo, String location, boolean cloud, String country,
                       boolean needsReview, String status, OffsetDateTime approvedAt, String approvedBy,
                       OffsetDateTime removedAt, String removalReason, Inspection inspection, long openImprovements,
                       long openIncidents) {
    }

    /**
     * The node's inspections: the last one done (a completed check, or an accepted self-report where the policy allows)
     * and the next due; {@code lastCheckOn} is the last completed check itself.
     */
    public record Inspection(LocalDate lastDoneOn, String lastDoneKind, LocalDate lastCheckOn, LocalDate nextDueOn,
                             String method, boolean planOpen) {
    }
}
