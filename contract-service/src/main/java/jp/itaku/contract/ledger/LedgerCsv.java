package jp.itaku.contract.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static jp.itaku.contract.ledger.LedgerText.iso;
import static jp.itaku.contract.ledger.LedgerText.nz;

/**
 * The ledger as CSV for Excel: UTF-8 with BOM, CRLF, every cell quoted, and a cell that starts like a formula
 * (= + - @, tab, CR) neutralised with a leading apostrophe. One row per engagement and per organisation handling its
 * information; the engagement's own columns repeat on each, its ledger events stand on the contractor's row.
 */
final class LedgerCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("担当課室", "件名（利用目的）", "状態", "契約の種類", "秘匿性", "個人情報の項目",
            "件数（概数）", "委託期間（開始）", "委託期間（終了）", "区分", "取扱者", "法人番号", "業務の範囲", "取り扱う個人情報",
            "取扱い・保管場所", "クラウド・国外（要確認）", "再委託の状況", "再委託の承認日", "再委託の承認者", "確認済みの条項",
            "契約の承認", "承認時の例外", "責任者（書面確認）", "最終検査日", "最終検査の種類", "次回検査予定", "対応中の改善要求",
            "対応中の事故等", "消去証明", "台帳の記録（複製・持出し・返却・消去）");

    private LedgerCsv() {
    }

    static byte[] render(Ledger ledger) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER.stream());
        for (Ledger.Entry e : ledger.entries()) {
            for (Ledger.Handler h : e.handlers()) {
                line(csv, Stream.of(e.division(), e.title(), e.stateLabel(), e.kindLabel(), e.sensitivityLabel(),
                        String.join("・", e.infoCategories()), String.valueOf(e.recordCount()), iso(e.periodStart()),
                        iso(e.periodEnd()), h.roleLabel(), nz(h.name()), nz(h.corporateNumber()), nz(h.workPart()),
                        nz(h.personalInfo()), LedgerText.places(h), h.placesNeedReview() ? "あり" : "なし",
                        h.statusLabel(), iso(h.approvedAt()), nz(h.approvedBy()), String.join("、", e.verifiedClauses()),
                        LedgerText.approval(e.approval(), LedgerText::iso), LedgerText.exceptions(e.approval()),
                        LedgerText.responsible(e.responsible()), iso(h.lastInspectedOn()), nz(h.lastInspectionLabel()),
                        iso(h.nextInspectionDue()), h.openImprovements() + "件",
                        LedgerText.incidents(ledger.incidentsTracked(), h), LedgerText.erasure(e, LedgerText::iso),
                        h.depth() == 1 ? LedgerText.events(e, LedgerText::iso) : ""));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, Stream<String> cells) {
        csv.append(cells.map(LedgerCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted always; a leading formula character is neutralised so that a spreadsheet never runs a cell. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
