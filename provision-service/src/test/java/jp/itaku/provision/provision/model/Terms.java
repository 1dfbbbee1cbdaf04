package jp.itaku.provision.provision.model;

import jp.itaku.provision.recipient.RecipientType;

import java.time.LocalDate;

/** Agreement terms for the rule tests: complete, then changed one value at a time. */
final class Terms {

    private Terms() {
    }

    static AgreementTerms complete(RecipientType type) {
        boolean p3 = type.isAdministrativeOrganOrIaa();
        return new AgreementTerms(type, p3 ? Boolean.TRUE : null, p3 ? "統計の作成に個票を用いるため" : null, false, null,
                "統計の作成", "統計法第33条", "令和6年度の住民基本台帳", "氏名・住所", "電子媒体", "なし", "1回",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "アクセス制限と暗号化");
    }

    static AgreementTerms withPurpose(AgreementTerms t, String purpose) {
        return new AgreementTerms(t.recipientType(), t.measuresNecessary(), t.necessityReason(), t.regular(),
                t.regularReason(), purpose, t.businessLegalBasis(), t.recordScope(), t.recordItems(), t.usageMedia(),
                t.usageOnline(), t.usageFrequency(), t.periodStart(), t.periodEnd(), t.safetyMeasures());
    }

    static AgreementTerms withJudgement(AgreementTerms t, Boolean necessary, String reason) {
        return new AgreementTerms(t.recipientType(), necessary, reason, t.regular(), t.regularReason(),
                t.purposeOfUse(), t.businessLegalBasis(), t.recordScope(), t.recordItems(), t.usageMedia(),
                t.usageOnline(), t.usageFrequency(), t.periodStart(), t.periodEnd(), t.safetyMeasures());
    }

    static AgreementTerms regular(AgreementTerms t, String reason) {
        return new AgreementTerms(t.recipientType(), t.measuresNecessary(), t.necessityReason(), true, reason,
                t.purposeOfUse(), t.businessLegalBasis(), t.recordScope(), t.recordItems(), t.usageMedia(),
                t.usageOnline(), t.usageFrequency(), t.periodStart(), t.periodEnd(), t.safetyMeasures());
    }

    static AgreementTerms withoutPeriodAndMeasures(AgreementTerms t) {
        return new AgreementTerms(t.recipientType(), t.measuresNecessary(), t.necessityReason(), t.regular(),
                t.regularReason(), t.purposeOfUse(), t.businessLegalBasis(), t.recordScope(), t.recordItems(),
                t.usageMedia(), t.usageOnline(), t.usageFrequency(), null, null, "  ");
    }
}
