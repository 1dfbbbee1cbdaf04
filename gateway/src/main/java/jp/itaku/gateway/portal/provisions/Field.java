package jp.itaku.gateway.portal.provisions;

import java.util.List;

/**
 * One input of a provision page's form: its name (the service's field, so the service's error lands beside it),
 * its label in Japanese and English, and how it is typed ({@code text}, {@code textarea}, {@code date}).
 */
public record Field(String name, String label, String englishLabel, String kind, boolean agreementItem) {

    public String label(String lang) {
        return "en".equals(lang) ? englishLabel : label;
    }

    static Field text(String name, String label, String english) {
        return new Field(name, label, english, "text", false);
    }

    static Field item(String name, String kind, String label, String english) {
        return new Field(name, label, english, kind, true);
    }

    /** The provision's own particulars, before the agreement items. */
    static final List<Field> BASICS = List.of(
            text("division", "担当部署（必須）", "Division (required)"),
            text("title", "件名（必須）", "Title (required)"),
            text("informationFile", "提供する保有個人情報（個人情報ファイル名・必須）", "Personal information provided (file name, required)"));

    /** P1: what the written agreement must state (第8-1), in the agreement's order. */
    static final List<Field> AGREEMENT_ITEMS = List.of(
            item("purposeOfUse", "textarea", "提供先における利用目的", "Recipient's purpose of use"),
            item("businessLegalBasis", "textarea", "利用する業務の根拠法令", "Legal basis of the business that uses it"),
            item("recordScope", "textarea", "利用する記録範囲", "Scope of the records used"),
            item("recordItems", "textarea", "利用する記録項目", "Record items used"),
            item("usageMedia", "textarea", "利用形態（提供媒体）", "Form of use: media"),
            item("usageOnline", "textarea", "利用形態（オンライン提供の有無・方法）", "Form of use: online provision (whether, how)"),
            item("usageFrequency", "text", "利用形態（提供の頻度）", "Form of use: frequency"),
            item("periodStart", "date", "提供期間（開始日）", "Period of provision: from"),
            item("periodEnd", "date", "提供期間（終了日）", "Period of provision: until"),
            item("safetyMeasures", "textarea", "要求する安全確保の措置", "Safety measures required"));

    /** The recipient form. */
    static final List<Field> RECIPIENT = List.of(
            text("name", "提供先の名称（必須）", "Recipient's name (required)"),
            text("representative", "代表者", "Representative"),
            text("address", "所在地", "Address"),
            text("contactDepartment", "担当部署", "Contact department"),
            text("contactName", "担当者名", "Contact person"),
            text("contactEmail", "メールアドレス", "E-mail"),
            text("contactPhone", "電話番号", "Phone"));
}
