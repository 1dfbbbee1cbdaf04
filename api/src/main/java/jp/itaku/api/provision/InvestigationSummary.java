package jp.itaku.api.provision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An on-site investigation of a provision as GET /api/provisions/{id}/investigations lists it (provision-service's
 * InvestigationView), oldest first: the part other services read.
 */
public record InvestigationSummary(UUID id, UUID provisionId, LocalDate conductedOn) {
}
