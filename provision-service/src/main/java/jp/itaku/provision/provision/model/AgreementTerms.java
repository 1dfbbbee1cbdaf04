package jp.itaku.provision.provision.model;

import jp.itaku.provision.recipient.RecipientType;

import java.time.LocalDate;

/**
 * What a written agreement states (P1: 利用目的, 根拠法令, 記録範囲及び記録項目, 利用形態等, 提供期間, 安全確保の措置),
 * with the recipient's type and the P3 judgement that decide whether it is needed at all.
 */
public record AgreementTerms(RecipientType recipientType, Boolean measuresNecessary, String necessityReason,
                             boolean regular, String regularReason, String purposeOfUse, String businessLegalBasis,
                             String recordScope, String recordItems, String usageMedia, String usageOnline,
                             String usageFrequency, LocalDate periodStart, LocalDate periodEnd,
                             String safetyMeasures) {

    /**
     * P1/P2 apply to every recipient other than an administrative organ or IAA; for those (P3) only when the
     * officer has judged them necessary.
     */
    public boolean writtenAgreementRequired() {
        return !recipientType.isAdministrativeOrganOrIaa() || !Boolean.FALSE.equals(measuresNecessary);
    }
}
