package jp.itaku.inspection.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One node of a chain as the API answers it ({@code GET /api/inspections/nodes/{id}} and the chain's lists); the portal
 * and contract-service's invitation of a subcontractor's users read it (their pacts hold the fields they read).
 * {@code verification} is contract-service's report of the subcontract text as it was stored.
 */
public record NodeView(UUID id, UUID engagementId, UUID parentId, int depth, String name, String corporateNumber,
                       String orgCode, boolean subsidiary, String workPart, String personalInfo, String location,
                       boolean cloud, String country, boolean needsReview, String status, String subcontractFileName, JsonNode verification,
                       OffsetDateTime requestedAt, String requestedBy, OffsetDateTime decidedAt, String decidedBy,
                       String decisionComment, OffsetDateTime removedAt, String removedBy, String removalReason) {

    private static final ObjectMapper READER = new ObjectMapper();

    public static NodeView of(ChainNode n) {
        return new NodeView(n.id, n.engagementId, n.parentId, n.depth, n.name, n.corporateNumber, n.orgCode,
                n.subsidiary, n.workPart, n.personalInfo, n.location,
                n.cloud, n.country, n.needsReview(), n.status.name(), n.subcontractFile,
                parse(n.verification), n.requestedAt, n.requestedBy, n.decidedAt, n.decidedBy, n.decisionComment,
                n.removedAt, n.removedBy, n.removalReason);
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : READER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
