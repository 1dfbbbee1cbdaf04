package jp.itaku.contract.confirmation;

import java.time.OffsetDateTime;

/** The signed written confirmation's file, as the confirmation answers it. */
public record Attachment(String fileName, String sha256, OffsetDateTime uploadedAt, String uploadedBy) {
}
