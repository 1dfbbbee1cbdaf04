package jp.itaku.common.access;

import jp.itaku.common.pdf.PdfReport;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.common.time.ItakuClock;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The monthly analysis of access records as a PDF (A4 landscape, Japanese). */
public final class AnalysisPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ItakuClock.TOKYO);

    private AnalysisPdf() {
    }

    public static byte[] render(AccessAnalysis.Analysis a, String agencyName) {
        PdfReport pdf = new PdfReport("アクセス記録の分析（" + a.month().getYear() + "年" + a.month().getMonthValue() + "月）",
                agencyName + "　作成 " + JapaneseDates.wareki(a.createdAt().atZone(ItakuClock.TOKYO).toLocalDate()), true);
        pdf.heading("概要");
        pdf.paragraph(String.format("アクセス %,d 件　拒否 %,d 件　時間外（%d時前・%d時以降・土日） %,d 件　大量ダウンロード %,d 件　"
                        + "運用管理者によるアクセス %,d 件%s", a.total(), a.denied(), AccessAnalysis.DAY_STARTS,
                AccessAnalysis.DAY_ENDS, a.offHours(), a.bulk(), a.platformStaff(),
                a.platformStaff() == 0 ? "（なし）" : "（要確認：運用管理者は機関の記録を閲覧しない決まりです）"));
        pdf.heading("利用者別");
        List<List<String>> users = new ArrayList<>();
        for (AccessAnalysis.UserLine u : a.users()) {
            users.add(List.of(u.userName(), u.displayName() == null ? "" : u.displayName(), u.roles(),
                    Long.toString(u.accesses()), Long.toString(u.rows()), Long.toString(u.exports()),
                    Long.toString(u.denied()), Long.toString(u.offHours()), Long.toString(u.bulk())));
        }
        pdf.table(List.of("利用者", "氏名", "ロール", "アクセス", "記録数", "出力", "拒否", "時間外", "大量DL"),
                new float[]{3, 2.5f, 3, 1.2f, 1.2f, 1, 1, 1, 1}, users, "この月のアクセスはありません。");
        section(pdf, "拒否されたアクセス", a.deniedRecords(), "拒否されたアクセスはありません。");
        section(pdf, "時間外のアクセス", a.offHoursRecords(), "時間外のアクセスはありません。");
        section(pdf, "大量ダウンロード", a.bulkRecords(), "大量ダウンロードはありません。");
        section(pdf, "運用管理者によるアクセス", a.platformRecords(), "運用管理者によるアクセスはありません。");
        return pdf.finish();
    }

    private static void section(PdfReport pdf, String title, List<AccessRecord> records, String empty) {
        pdf.heading(title + (records.size() >= AccessAnalysis.LIST_LIMIT ? "（新しい順に" + AccessAnalysis.LIST_LIMIT + "件）" : ""));
        List<List<String>> rows = new ArrayList<>();
        for (AccessRecord r : records) {
            rows.add(List.of(Long.toString(r.seq()), TIME.format(r.recordedAt()), r.userName() == null ? "" : r.userName(),
                    r.roles(), AccessAction.valueOf(r.action()).label(), r.resourceType(),
                    r.resourceIds() == null ? r.path() : r.resourceIds(), Integer.toString(r.rowCount()),
                    AccessOutcome.valueOf(r.outcome()).label() + "(" + r.status() + ")",
                    r.bulkReason() == null ? "" : r.bulkReason()));
        }
        pdf.table(List.of("番号", "日時", "利用者", "ロール", "操作", "種類", "対象", "件数", "結果", "理由"),
                new float[]{0.8f, 2, 2.5f, 2.5f, 1.2f, 2.2f, 4, 0.8f, 1.3f, 2.5f}, rows, empty);
    }
}
