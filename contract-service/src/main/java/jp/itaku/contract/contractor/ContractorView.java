package jp.itaku.contract.contractor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A contractor (委託先) as /api/contracts/contractors answers it. */
public record ContractorView(UUID id, String name, String corporateNumber, String address, List<Contact> contacts,
                             ParentRef parent, String orgCode, boolean certificationExpired,
                             List<String> expiredCertifications, OffsetDateTime createdAt, String createdBy,
                             OffsetDateTime updatedAt, String updatedBy) {
}
