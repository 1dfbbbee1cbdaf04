package jp.itaku.provision.provision.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.problem.Problem.FieldError;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.settings.model.LegalItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The life of a provision (起案 → 合意済 → 提供中 → 終了) and what its draft may say, as plain decisions. */
public final class ProvisionRules {

    private ProvisionRules() {
    }

    /**
     * A draft's items that contradict each other or the recipient: the period runs forwards, 第3号 only to public
     * bodies, and the P3 judgement (措置の要否) only for administrative organs and IAAs.
     */
    public static Decision draft(RecipientType recipient, LegalItem item, LocalDate periodStart, LocalDate periodEnd,
                                 Boolean measuresNecessary, String necessityReason) {
        List<FieldError> errors = new ArrayList<>();
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            errors.add(new FieldError("periodEnd", "提供期間の終了日は開始日以降の日付を指定してください。"));
        }
        if (item == LegalItem.ITEM_3 && !recipient.isPublicBody()) {
            errors.add(new FieldError("legalItem", "第3号による提供は行政機関・独立行政法人等・地方公共団体・地方独立行政法人に限られます。"
                    + "民間事業者・個人への提供は第4号を指定してください。"));
        }
        if (!recipient.isAdministrativeOrganOrIaa() && (measuresNecessary != null || !blank(necessityReason))) {
            errors.add(new FieldError("measuresNecessary", "措置の要否は提供先が行政機関・独立行政法人等の場合にだけ記録します"
                    + "（それ以外の提供先には書面と安全確保の措置が常に必要です）。"));
        }
        return Decision.invalid(errors);
    }

    /**
     * An ended provision is closed; once an agreement is issued its recipient and its legal item are what was agreed,
     * so another recipient or item is a new provision.
     */
    public static Decision edit(ProvisionState state, boolean agreementIssued, boolean recipientChanged,
                                boolean itemChanged) {
        if (state == ProvisionState.ENDED) {
            return Decision.conflict("終了した提供は変更できません。");
        }
        if (agreementIssued && (recipientChanged || itemChanged)) {
            return Decision.conflict("書面を交付した提供の提供先と提供の根拠（号）は変更できません。"
                    + "別の提供先・根拠で提供する場合は新しい提供として起案してください。");
        }
        return Decision.allowed();
    }

    /**
     * Providing starts from an issued agreement, or straight from the draft where P3 judged no agreement necessary —
     * and then only with the reason for that judgement on record.
     */
    public static Decision start(ProvisionState state, AgreementTerms terms) {
        boolean withoutAgreement = state == ProvisionState.DRAFT && !terms.writtenAgreementRequired();
        if (state != ProvisionState.AGREED && !withoutAgreement) {
            return Decision.conflict(state == ProvisionState.DRAFT
                    ? "書面（合意）を交付してから提供を開始してください。"
                    : "「" + state.label + "」の提供は開始できません。");
        }
        if (withoutAgreement && blank(terms.necessityReason())) {
            return Decision.unprocessable("措置を不要と判断した理由を記録してから提供を開始してください。");
        }
        return Decision.allowed();
    }

    /** Only an agreed or running provision ends. */
    public static Decision end(ProvisionState state) {
        if (state != ProvisionState.AGREED && state != ProvisionState.PROVIDING) {
            return Decision.conflict("「" + state.label + "」の提供は終了できません。");
        }
        return Decision.allowed();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
