package jp.itaku.inspection.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cases in which a leak of 特定個人情報 (My Number data) is a 重大な事態 to report to the PPC (行政手続における特定の個人を
 * 識別するための番号の利用等に関する法律第29条の4, 特定個人情報の漏えい等に関する報告等に関する規則第2条). Under the PPC's
 * guideline for 行政機関等 (特定個人情報の適正な取扱いに関するガイドライン（行政機関等編）) a 行政機関等 reports to the PPC
 * even a My Number incident that is none of these; Itaku therefore treats every My Number incident as reportable.
 */
public enum MyNumberCategory {

    /** 規則第2条第1号: 情報提供ネットワークシステム等 (and the systems named there) からの漏えい等. */
    NETWORK_SYSTEM("情報提供ネットワークシステム等からの漏えい等", "番号法規則第2条第1号"),
    /** 規則第2条第2号: 不正の目的をもって行われたおそれがある行為による漏えい等. */
    UNLAWFUL_PURPOSE("不正の目的をもって行われたおそれがある行為による", "番号法規則第2条第2号"),
    /** 規則第2条第3号: 不特定多数の者に閲覧されたおそれ（インターネット上への掲載等）. */
    PUBLICLY_VIEWABLE("不特定多数の者に閲覧されたおそれがある", "番号法規則第2条第3号"),
    /** 規則第2条第4号: 本人の数が百人を超える. */
    OVER_HUNDRED("本人の数が百人を超える", "番号法規則第2条第4号");

    public final String label;
    public final String citation;

    MyNumberCategory(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    public String display() {
        return label + "（" + citation + "）";
    }

    public static Optional<MyNumberCategory> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
