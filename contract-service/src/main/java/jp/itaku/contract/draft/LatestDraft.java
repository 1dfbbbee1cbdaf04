package jp.itaku.contract.draft;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One engagement's latest contract draft with the elements it does not satisfy — what the portal's dashboard and
 * approval queue read for every engagement at once ({@code GET /api/contracts/drafts/latest}).
 */
public record LatestDraft(UUID engagementId, Version draft, List<OpenElement> openElements) {

    /** The draft version and its verification counts (the fields of {@code DraftView} a list needs). */
    public record Version(int version, String fileName, String kind, String kindLabel, int satisfied, int missing,
                          int contradicted, OffsetDateTime uploadedAt, String uploadedBy) {
        static Version of(ContractDraft d) {
            return new Version(d.version, d.fileName, d.reportKind, ElementStatus.kindLabel(d.reportKind),
                    d.satisfiedCount, d.missingCount, d.contradictedCount, d.uploadedAt, d.uploadedBy);
        }
    }

    /** An element the draft leaves missing or contradicts; {@code required}: whether approval needs it (D1). */
    public record OpenElement(String id, String name, boolean required, String status, String statusLabel) {
    }
}
