package jp.itaku.inspection.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

public record EvidenceView(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                           OffsetDateTime uploadedAt, String uploadedBy, boolean contractor) {
    public static EvidenceView of(EvidenceFile f) {
        return new EvidenceView(f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.uploadedAt, f.uploadedBy,
                f.contractor);
    }
}
