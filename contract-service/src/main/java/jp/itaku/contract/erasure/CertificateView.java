package jp.itaku.contract.erasure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An erasure certificate (消去証明書) as /api/contracts/engagements/{id}/erasure-certificates answers it. */
public record CertificateView(UUID id, String fileName, long sizeBytes, String sha256, LocalDate erasedOn,
                              String method, boolean mediaReturned, OffsetDateTime uploadedAt, String uploadedBy) {
    static CertificateView of(ErasureCertificate c) {
        return new CertificateView(c.id, c.fileName, c.sizeBytes, c.sha256, c.erasedOn, c.method, c.mediaReturned,
                c.uploadedAt, c.uploadedBy);
    }
}
