package jp.itaku.provision.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of the register (台帳): what was provided to whom, on which basis, in which period. */
public record RegisterRow(UUID provisionId, String division, String title, String informationFile,
                          String recipientName, String recipientType, String legalBasis, boolean regular,
                          LocalDate periodStart, LocalDate periodEnd, String state, int agreementVersion,
                          OffsetDateTime agreedAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
                          long investigations, long openImprovements) {
}
