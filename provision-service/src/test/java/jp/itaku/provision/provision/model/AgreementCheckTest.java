package jp.itaku.provision.provision.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.provision.recipient.RecipientType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** P1: what a written agreement must state before it is issued; P3: the judgement for public bodies. */
class AgreementCheckTest {

    @ParameterizedTest
    @EnumSource(RecipientType.class)
    void completeTermsCanBeIssuedToEveryKindOfRecipient(RecipientType type) {
        assertEquals(List.of(), AgreementCheck.missing(Terms.complete(type)));
        assertTrue(AgreementCheck.issuable(Terms.complete(type)).isAllowed());
    }

    @Test
    void aBlankPurposeIsMissingByItsJapaneseName() {
        List<AgreementCheck.Missing> missing = AgreementCheck.missing(
                Terms.withPurpose(Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL), " \t"));
        assertEquals(List.of(new AgreementCheck.Missing("purposeOfUse", "提供先における利用目的")), missing);
        assertEquals("「提供先における利用目的」が入力されていません。", missing.get(0).toFieldError().message());
    }

    @Test
    void everyMissingItemIsNamedInTheAgreementsOrder() {
        Decision refusal = AgreementCheck.issuable(
                Terms.withoutPeriodAndMeasures(Terms.complete(RecipientType.LOCAL_GOVERNMENT)));
        assertEquals(Decision.Kind.UNPROCESSABLE, refusal.kind());
        assertEquals("書面に必要な事項が入力されていません", refusal.title());
        assertEquals(List.of("periodStart", "periodEnd", "safetyMeasures"), refusal.fields());
        assertEquals("次の事項が入力されていないため書面を交付できません：提供期間（開始日）、提供期間（終了日）、要求する安全確保の措置",
                refusal.detail());
    }

    @Test
    void aPublicBodyNeedsTheJudgementAndItsReason() {
        AgreementTerms unjudged = Terms.withJudgement(Terms.complete(RecipientType.ADMINISTRATIVE_ORGAN), null, null);
        assertEquals(List.of("measuresNecessary", "necessityReason"),
                AgreementCheck.missing(unjudged).stream().map(AgreementCheck.Missing::field).toList());
    }

    @Test
    void aPrivateRecipientNeedsNoJudgement() {
        AgreementTerms terms = Terms.withJudgement(Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL), null, null);
        assertEquals(List.of(), AgreementCheck.missing(terms));
    }

    @Test
    void aRegularProvisionNeedsItsReason() {
        AgreementTerms terms = Terms.regular(Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL), "");
        assertEquals(List.of(new AgreementCheck.Missing("regularReason", "定期的に提供する理由")),
                AgreementCheck.missing(terms));
        assertEquals(List.of(), AgreementCheck.missing(
                Terms.regular(Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL), "毎月の統計更新のため")));
    }

    @Test
    void onlyAPublicBodyJudgedNotToNeedMeasuresGoesWithoutAnAgreement() {
        assertTrue(Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL).writtenAgreementRequired());
        assertTrue(Terms.withJudgement(Terms.complete(RecipientType.LOCAL_GOVERNMENT), false, "x")
                .writtenAgreementRequired(), "P3 applies to administrative organs and IAAs only");
        assertTrue(Terms.withJudgement(Terms.complete(RecipientType.ADMINISTRATIVE_ORGAN), null, null)
                .writtenAgreementRequired(), "not judged yet: the agreement is required");
        assertFalse(Terms.withJudgement(Terms.complete(RecipientType.INCORPORATED_ADMINISTRATIVE_AGENCY), false,
                "同一の法令に基づく事務で安全管理措置が講じられている").writtenAgreementRequired());
    }
}
