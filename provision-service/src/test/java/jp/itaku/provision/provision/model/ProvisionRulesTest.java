package jp.itaku.provision.provision.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.settings.model.LegalItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provision's draft and its life (起案 → 合意済 → 提供中 → 終了), without a server. */
class ProvisionRulesTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

    @Test
    void aConsistentDraftIsAllowed() {
        assertTrue(ProvisionRules.draft(RecipientType.LOCAL_GOVERNMENT, LegalItem.ITEM_3, MARCH, APRIL, null, null)
                .isAllowed());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAFieldError() {
        Decision d = ProvisionRules.draft(RecipientType.PRIVATE_OR_INDIVIDUAL, LegalItem.ITEM_4, APRIL, MARCH, null, null);
        assertEquals(Decision.Kind.INVALID, d.kind());
        assertEquals(List.of("periodEnd"), d.fields());
    }

    @Test
    void itemThreeIsForPublicBodiesOnly() {
        Decision d = ProvisionRules.draft(RecipientType.PRIVATE_OR_INDIVIDUAL, LegalItem.ITEM_3, null, null, null, null);
        assertEquals(List.of("legalItem"), d.fields());
        assertTrue(d.detail().contains("第4号"), d.detail());
    }

    @Test
    void theP3JudgementIsRecordedOnlyForAdministrativeOrgansAndIaas() {
        assertEquals(List.of("measuresNecessary"), ProvisionRules.draft(RecipientType.LOCAL_GOVERNMENT,
                LegalItem.ITEM_3, null, null, null, "不要と判断").fields());
        assertTrue(ProvisionRules.draft(RecipientType.ADMINISTRATIVE_ORGAN, LegalItem.ITEM_3, null, null, false,
                "不要と判断").isAllowed());
    }

    @Test
    void allContradictionsAreReportedTogether() {
        assertEquals(List.of("periodEnd", "legalItem", "measuresNecessary"), ProvisionRules.draft(
                RecipientType.PRIVATE_OR_INDIVIDUAL, LegalItem.ITEM_3, APRIL, MARCH, true, null).fields());
    }

    @Test
    void anEndedProvisionCannotBeEdited() {
        assertEquals(Decision.Kind.CONFLICT, ProvisionRules.edit(ProvisionState.ENDED, false, false, false).kind());
    }

    @Test
    void afterTheAgreementTheRecipientAndTheItemStay() {
        assertEquals(Decision.Kind.CONFLICT, ProvisionRules.edit(ProvisionState.AGREED, true, true, false).kind());
        assertEquals(Decision.Kind.CONFLICT, ProvisionRules.edit(ProvisionState.PROVIDING, true, false, true).kind());
        assertTrue(ProvisionRules.edit(ProvisionState.PROVIDING, true, false, false).isAllowed(), "other items: an amendment");
        assertTrue(ProvisionRules.edit(ProvisionState.DRAFT, false, true, true).isAllowed(), "before the agreement: anything");
    }

    @Test
    void providingStartsFromAnIssuedAgreement() {
        AgreementTerms terms = Terms.complete(RecipientType.PRIVATE_OR_INDIVIDUAL);
        assertTrue(ProvisionRules.start(ProvisionState.AGREED, terms).isAllowed());
        Decision draft = ProvisionRules.start(ProvisionState.DRAFT, terms);
        assertEquals(Decision.Kind.CONFLICT, draft.kind());
        assertEquals("書面（合意）を交付してから提供を開始してください。", draft.detail());
        assertEquals("「提供中」の提供は開始できません。", ProvisionRules.start(ProvisionState.PROVIDING, terms).detail());
    }

    @Test
    void aPublicBodyJudgedNotToNeedMeasuresStartsFromTheDraftWithTheReasonOnRecord() {
        AgreementTerms judged = Terms.withJudgement(Terms.complete(RecipientType.ADMINISTRATIVE_ORGAN), false, "法令に基づく");
        assertTrue(ProvisionRules.start(ProvisionState.DRAFT, judged).isAllowed());
        AgreementTerms unreasoned = Terms.withJudgement(judged, false, " ");
        assertEquals(Decision.Kind.UNPROCESSABLE, ProvisionRules.start(ProvisionState.DRAFT, unreasoned).kind());
    }

    @ParameterizedTest
    @EnumSource(value = ProvisionState.class, names = {"AGREED", "PROVIDING"})
    void anAgreedOrRunningProvisionEnds(ProvisionState state) {
        assertTrue(ProvisionRules.end(state).isAllowed());
    }

    @ParameterizedTest
    @EnumSource(value = ProvisionState.class, names = {"DRAFT", "ENDED"})
    void aDraftOrEndedProvisionDoesNotEnd(ProvisionState state) {
        ItakuException e = assertThrows(ItakuException.class, () -> ProvisionRules.end(state).orThrow());
        assertEquals(409, e.status());
        assertEquals("「" + state.label + "」の提供は終了できません。", e.getMessage());
    }
}
