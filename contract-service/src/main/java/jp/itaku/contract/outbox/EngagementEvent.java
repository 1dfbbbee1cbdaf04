package jp.itaku.contract.outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The body inspection-service receives at {@code PUT /api/inspections/events/{eventId}}. */
public record EngagementEvent(UUID eventId, String type, String tenant, UUID engagementId, String title,
                              String division, UUID contractorId, String contractorName, String contractorOrg,
                              String sensitivity, LocalDate periodStart, LocalDate periodEnd,
                              OffsetDateTime approvedAt, String approvedBy) {

    public static final String APPROVED = "engagement-approved";
    public static final String ENDED = "engagement-ended";
}
