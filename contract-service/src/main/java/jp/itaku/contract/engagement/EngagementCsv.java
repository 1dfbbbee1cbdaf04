package jp.itaku.contract.engagement;

import jp.itaku.contract.engagement.EngagementViews.EngagementView;
import jp.itaku.contract.engagement.EngagementViews.LocationView;

import java.util.List;
import java.util.stream.Collectors;

/** Engagements as CSV for Excel: UTF-8 with BOM, CRLF, Japanese headers, quoted fields. */
public final class EngagementCsv {

    static final String BOM = "\uFEFF";
    private static final List<String> HEADERS = List.of("ID", "件名", "担当課室", "契約の種類", "委託先", "法人番号",
            "委託先の認証", "秘匿性", "委託期間（開始）", "委託期間（終了）", "個人情報の項目", "件数（概数）",
            "取扱い・保管場所", "要確認の場所", "状態", "作成日時", "作成者", "更新日時", "更新者");

    private EngagementCsv() {
    }

    public static String header() {
        return BOM + line(HEADERS);
    }

    public static String row(EngagementView e) {
        return line(List.of(e.id().toString(), e.title(), e.division(), e.kindLabel(),
                nullToEmpty(e.contractor().name()), nullToEmpty(e.contractor().corporateNumber()),
                e.contractor().certificationExpired() ? "期限切れあり: " + String.join("、", e.contractor().expiredCertifications()) : "有効",
                e.sensitivityLabel(), e.periodStart().toString(), e.periodEnd().toString(),
                String.join("・", e.infoCategories()), Integer.toString(e.recordCount()),
                e.locations().stream().map(EngagementCsv::location).collect(Collectors.joining(" / ")),
                e.locationsNeedReview() ? "あり" : "なし", e.stateLabel(), e.createdAt().toString(), e.createdBy(),
                e.updatedAt().toString(), e.updatedBy()));
    }

    private static String location(LocationView l) {
        return l.purposeLabel() + ":" + l.placeTypeLabel() + "（" + l.description() + "、" + l.country() + "）";
    }

    private static String line(List<String> fields) {
        return fields.stream().map(EngagementCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quotes every field and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
