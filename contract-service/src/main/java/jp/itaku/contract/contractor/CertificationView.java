package jp.itaku.contract.contractor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certification the contractor holds (with its validity), as its selection evidence answers it. */
public record CertificationView(UUID id, Certification.Kind kind, String name, String number, String issuer,
                                LocalDate validUntil, boolean expired, OffsetDateTime createdAt, String createdBy) {
    static CertificationView of(Certification c, LocalDate today) {
        return new CertificationView(c.id, c.kind, c.name, c.number, c.issuer, c.validUntil, c.expiredOn(today),
                c.createdAt, c.createdBy);
    }
}
