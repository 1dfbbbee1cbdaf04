package jp.itaku.provision.provision.model;

import jp.itaku.common.problem.Decision;
import jp.itaku.common.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a written agreement must state before it can be issued (P1), and the P3 judgement where it applies. */
public final class AgreementCheck {

    /** An item the agreement cannot be issued without. */
    public record Missing(String field, String label) {
        public FieldError toFieldError() {
            return new FieldError(field, "「" + label + "」が入力されていません。");
        }
    }

    private record Item(String field, String label, Function<AgreementTerms, Object> value) {
    }

    /** The agreed items (P1: 利用目的, 根拠法令, 記録範囲及び記録項目, 利用形態等) in the order the agreement states them. */
    private static final List<Item> ITEMS = List.of(
            new Item("purposeOfUse", "提供先における利用目的", AgreementTerms::purposeOfUse),
            new Item("businessLegalBasis", "利用する業務の根拠法令", AgreementTerms::businessLegalBasis),
            new Item("recordScope", "利用する記録範囲", AgreementTerms::recordScope),
            new Item("recordItems", "利用する記録項目", AgreementTerms::recordItems),
            new Item("usageMedia", "利用形態（提供媒体）", AgreementTerms::usageMedia),
            new Item("usageOnline", "利用形態（オンライン提供の有無・方法）", AgreementTerms::usageOnline),
            new Item("usageFrequency", "利用形態（提供の頻度）", AgreementTerms::usageFrequency),
            new Item("periodStart", "提供期間（開始日）", AgreementTerms::periodStart),
            new Item("periodEnd", "提供期間（終了日）", AgreementTerms::periodEnd),
            new Item("safetyMeasures", "要求する安全確保の措置", AgreementTerms::safetyMeasures));

    private AgreementCheck() {
    }

    /** Every item that keeps the agreement from being issued, each named in Japanese. */
    public static List<Missing> missing(AgreementTerms terms) {
        List<Missing> errors = new ArrayList<>();
        if (terms.recipientType().isAdministrativeOrganOrIaa()) {
            if (terms.measuresNecessary() == null) {
                errors.add(new Missing("measuresNecessary", "措置の要否（行政機関・独立行政法人等への提供）"));
            }
            if (blank(terms.necessityReason())) {
                errors.add(new Missing("necessityReason", "措置の要否の判断理由"));
            }
        }
        for (Item item : ITEMS) {
            if (blank(item.value().apply(terms))) {
                errors.add(new Missing(item.field(), item.label()));
            }
        }
        if (terms.regular() && blank(terms.regularReason())) {
            errors.add(new Missing("regularReason", "定期的に提供する理由"));
        }
        return errors;
    }

    /** Allowed when nothing is missing; otherwise a 422 naming every missing item, one field error each. */
    public static Decision issuable(AgreementTerms terms) {
        List<Missing> missing = missing(terms);
        if (missing.isEmpty()) {
            return Decision.allowed();
        }
        return Decision.refused(Decision.Kind.UNPROCESSABLE, "書面に必要な事項が入力されていません",
                "次の事項が入力されていないため書面を交付できません："
                        + missing.stream().map(Missing::label).collect(Collectors.joining("、")),
                missing.stream().map(Missing::toFieldError).toList());
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
