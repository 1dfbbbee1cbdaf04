package jp.itaku.contract.confirmation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The written confirmation (O3) as /api/contracts/engagements/{id}/confirmation answers it. */
public record ConfirmationView(UUID engagementId, Responsible responsible, List<Worker> workers,
                               String managementStructure, String implementationStructure,
                               String inspectionArrangements, Attachment attachment, boolean complete,
                               OffsetDateTime updatedAt, String updatedBy) {
}
