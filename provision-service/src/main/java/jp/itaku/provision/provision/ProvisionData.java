package jp.itaku.provision.provision;

import jp.itaku.provision.settings.model.LegalItem;

import java.time.LocalDate;
import java.util.UUID;

/** The officer's draft of a provision and its agreement items, as validated at the HTTP edge. */
public record ProvisionData(String division, String title, UUID recipientId, String informationFile,
                            LegalItem legalItem, boolean regular, String regularReason, Boolean measuresNecessary,
                            String necessityReason, String purposeOfUse, String businessLegalBasis,
                            String recordScope, String recordItems, String usageMedia, String usageOnline,
                            String usageFrequency, LocalDate periodStart, LocalDate periodEnd,
                            String safetyMeasures) {
}
