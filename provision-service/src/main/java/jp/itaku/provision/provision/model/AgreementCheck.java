package jp.itaku.provision.provision;

import jp.itaku.common.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a written agreement must state before it can be issued (P1), and the P3 judgement where it applies. */
public final class AgreementCheck {

    /** An item the agreement cannot be issued without. */
    public record Missing(String field, String label) {
        public FieldError toFieldError() {
            return new FieldError(field, "「" + label + "」が入力されていません。");
        }
    }

    private record Item(String field, String label, Function<Provision, Object> value) {
    }

    /** The agreed items (P1: 利用目的, 根拠法令, 記録範囲及び記録項目, 利用形態等) in the order the agreement states them. */
    private static final List<Item> ITEMS = List.of(
            new Item("purposeOfUse", "提供先における利用目的", p -> p.purposeOfUse),
            new Item("businessLegalBasis", "利用する業務の根拠法令", p -> p.businessLegalBasis),
            new Item("recordScope", "利用する記録範囲", p -> p.recordScope),
            new Item("recordItems", "利用する記録項目", p -> p.recordItems),
            new Item("usageMedia", "利用形態（提供媒体）", p -> p.usageMedia),
            new Item("usageOnline", "利用形態（オンライン提供の有無・方法）", p -> p.usageOnline),
            new Item("usageFrequency", "利用形態（提供の頻度）", p -> p.usageFrequency),
            new Item("periodStart", "提供期間（開始日）", p -> p.periodStart),
            new Item("periodEnd", "提供期間（終了日）", p -> p.periodEnd),
            new Item("safetyMeasures", "要求する安全確保の措置", p -> p.safetyMeasures));

    private AgreementCheck() {
    }

    /** Every item that keeps the agreement from being issued, each named in Japanese. */
    public static List<Missing> missing(Provision p) {
        List<Missing> errors = new ArrayList<>();
        if (p.recipient.type.isAdministrativeOrganOrIaa()) {
            if (p.measuresNecessary == null) {
                errors.add(missing("measuresNecessary", "措置の要否（行政機関・独立行政法人等への提供）"));
            }
            if (blank(p.necessityReason)) {
                errors.add(missing("necessityReason", "措置の要否の判断理由"));
            }
        }
        for (Item item : ITEMS) {
            if (blank(item.value().apply(p))) {
                errors.add(missing(item.field(), item.label()));
            }
        }
        if (p.regular && blank(p.regularReason)) {
            errors.add(missing("regularReason", "定期的に提供する理由"));
        }
        return errors;
    }

    private static Missing missing(String field, String label) {
        return new Missing(field, label);
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
