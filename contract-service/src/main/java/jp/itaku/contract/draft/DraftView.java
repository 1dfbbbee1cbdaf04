package jp.itaku.contract.draft;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a contract draft with its verification counts, as /api/contracts/engagements/{id}/drafts answers it. */
public record DraftView(UUID id, int version, String fileName, String contentType, long sizeBytes, String sha256,
                        String kind, String kindLabel, int satisfied, int missing, int contradicted,
                        OffsetDateTime uploadedAt, String uploadedBy) {
    static DraftView of(ContractDraft d) {
        return new DraftView(d.id, d.version, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.reportKind,
                ElementStatus.kindLabel(d.reportKind), d.satisfiedCount, d.missingCount, d.contradictedCount,
                d.uploadedAt, d.uploadedBy);
    }
}
