package jp.itaku.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What contract-service's outbox delivers to inspection-service ({@code PUT /api/inspections/events/{eventId}}) when an
 * engagement is approved or ends. One definition for both ends: contract-service writes it, inspection-service
 * validates and applies it.
 */
public record EngagementEvent(
        @NotNull(message = "eventId を指定してください。") UUID eventId,
        @NotBlank(message = "type を指定してください。") String type,
        @NotBlank(message = "tenant を指定してください。") @Size(max = 64, message = "tenant は64文字以内です。") String tenant,
        @NotNull(message = "engagementId を指定してください。") UUID engagementId,
        @Size(max = 300, message = "title は300文字以内です。") String title,
        @Size(max = 200, message = "division は200文字以内です。") String division,
        UUID contractorId,
        @Size(max = 200, message = "contractorName は200文字以内です。") String contractorName,
        @Size(max = 64, message = "contractorOrg は64文字以内です。") String contractorOrg,
        Sensitivity sensitivity,
        LocalDate periodStart,
        LocalDate periodEnd,
        OffsetDateTime approvedAt,
        @Size(max = 200, message = "approvedBy は200文字以内です。") String approvedBy) {

    public static final String APPROVED = "engagement-approved";
    public static final String ENDED = "engagement-ended";
}
