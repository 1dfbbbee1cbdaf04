package jp.itaku.provision.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An issued written agreement (第N版) as GET /api/provisions/{id}/agreements answers it, with the article it cited. */
public record AgreementView(UUID id, UUID provisionId, int version, boolean latest, String amendmentReason,
                            String agencyName, String agencyType, String citation, String legalBasis,
                            String lawName, String safetyMeasureBasis, String division, String title,
                            String informationFile, String recipientName, String recipientType,
                            String recipientTypeLabel, boolean regular, String regularReason,
                            Boolean measuresNecessary, String necessityReason, String purposeOfUse,
                            String businessLegalBasis, String recordScope, String recordItems,
                            String usageMedia, String usageOnline, String usageFrequency,
                            LocalDate periodStart, LocalDate periodEnd, String safetyMeasures,
                            OffsetDateTime issuedAt, String issuedBy) {
    static AgreementView of(AgreementVersion v, int latestVersion) {
        return new AgreementView(v.id, v.provisionId, v.version, v.version == latestVersion, v.amendmentReason,
                v.agencyName, v.agencyType.name(), v.citation.name(), v.legalBasis, v.lawName,
                v.safetyMeasureBasis, v.division, v.title, v.informationFile, v.recipientName,
                v.recipientType.name(), v.recipientType.label, v.regular, v.regularReason, v.measuresNecessary,
                v.necessityReason, v.purposeOfUse, v.businessLegalBasis, v.recordScope, v.recordItems,
                v.usageMedia, v.usageOnline, v.usageFrequency, v.periodStart, v.periodEnd, v.safetyMeasures,
                v.issuedAt, v.issuedBy);
    }
}
