package jp.itaku.contract.ledger;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jp.itaku.common.pdf.JapaneseFonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import static jp.itaku.contract.ledger.LedgerText.nz;
import static jp.itaku.contract.ledger.LedgerText.wareki;

/** The ledger as a printable PDF (A4 landscape, IPAex fonts, dates in 令和): one block per engagement. */
final class LedgerPdf {

    static final String TITLE = "保有個人情報の取扱いの委託に関する台帳";
    private static final Color RED = new Color(0xC0, 0x00, 0x00);
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    private static final String[] HANDLER_HEADER = {"区分", "取扱者（法人番号）", "業務の範囲／取り扱う個人情報", "取扱い・保管場所",
            "再委託の承認", "最終検査", "次回検査", "改善要求／事故等"};
    private static final float[] HANDLER_WIDTHS = {1.2f, 2.6f, 3.4f, 3.6f, 2.2f, 1.9f, 1.5f, 1.6f};

    private LedgerPdf() {
    }

    static byte[] render(Ledger ledger, String agency) {
        Font title = JapaneseFonts.gothicBold(14);
        Font heading = JapaneseFonts.gothicBold(10.5f);
        Font head = JapaneseFonts.gothicBold(8);
        Font body = JapaneseFonts.mincho(8);
        Font red = JapaneseFonts.gothicBold(8);
        red.setColor(RED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(TITLE);
            document.open();
            Paragraph titleLine = new Paragraph(TITLE, title);
            titleLine.setAlignment(Element.ALIGN_CENTER);
            document.add(titleLine);
            Paragraph meta = new Paragraph(agency + "　" + (ledger.filter().division() == null ? "全課室"
                    : ledger.filter().division()) + "　" + wareki(ledger.asOf()) + "現在", body);
            meta.setAlignment(Element.ALIGN_RIGHT);
            document.add(meta);
            if (ledger.entries().isEmpty()) {
                document.add(new Paragraph("該当する委託案件はありません。", body));
            }
            for (Ledger.Entry e : ledger.entries()) {
                Paragraph h = new Paragraph(e.title() + "（" + e.division() + "・" + e.stateLabel() + "）", heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(4);
                document.add(h);
                PdfPTable facts = new PdfPTable(new float[]{2f, 6f, 2f, 6f});
                facts.setWidthPercentage(100);
                pair(facts, head, body, "個人情報の項目", String.join("・", e.infoCategories()) + "（約" + e.recordCount() + "件、秘匿性"
                        + e.sensitivityLabel() + "）", "委託期間", wareki(e.periodStart()) + "～" + wareki(e.periodEnd()));
                pair(facts, head, body, "契約の承認", LedgerText.approval(e.approval(), LedgerText::wareki),
                        "承認時の例外", LedgerText.exceptions(e.approval()));
                pair(facts, head, body, "確認済みの条項", String.join("、", e.verifiedClauses()),
                        "責任者（書面確認）", LedgerText.responsible(e.responsible()));
                PdfPCell label = cell("消去証明", head);
                label.setBackgroundColor(HEAD);
                facts.addCell(label);
                PdfPCell erasure = cell(e.notYetErased() ? LedgerText.NOT_ERASED : LedgerText.erasure(e, LedgerText::wareki),
                        e.notYetErased() ? red : body);
                erasure.setColspan(3);
                facts.addCell(erasure);
                pair(facts, head, body, "台帳の記録", LedgerText.events(e, LedgerText::wareki), null, null);
                document.add(facts);

                PdfPTable handlers = new PdfPTable(HANDLER_WIDTHS);
                handlers.setWidthPercentage(100);
                handlers.setSpacingBefore(4);
                handlers.setHeaderRows(1);
                for (String column : HANDLER_HEADER) {
                    PdfPCell c = cell(column, head);
                    c.setBackgroundColor(HEAD);
                    handlers.addCell(c);
                }
                for (Ledger.Handler x : e.handlers()) {
                    handlers.addCell(cell(x.roleLabel(), body));
                    handlers.addCell(cell(nz(x.name()) + (x.corporateNumber() == null ? "" : "（" + x.corporateNumber() + "）"), body));
                    handlers.addCell(cell(nz(x.workPart()) + "／" + nz(x.personalInfo()), body));
                    handlers.addCell(cell(LedgerText.places(x), x.placesNeedReview() ? red : body));
                    handlers.addCell(cell(x.depth() == 1 ? "—" : x.statusLabel() + " " + wareki(x.approvedAt()), body));
                    handlers.addCell(cell(x.lastInspectedOn() == null ? "未実施"
                            : wareki(x.lastInspectedOn()) + "（" + x.lastInspectionLabel() + "）", body));
                    handlers.addCell(cell(wareki(x.nextInspectionDue()), body));
                    handlers.addCell(cell(x.openImprovements() + "件／" + LedgerText.incidents(ledger.incidentsTracked(), x), body));
                }
                document.add(handlers);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("台帳の PDF を作成できませんでした。", e);
        }
        return out.toByteArray();
    }

    private static void pair(PdfPTable table, Font head, Font body, String k1, String v1, String k2, String v2) {
        PdfPCell label = cell(k1, head);
        label.setBackgroundColor(HEAD);
        table.addCell(label);
        PdfPCell value = cell(v1, body);
        if (k2 == null) {
            value.setColspan(3);
            table.addCell(value);
            return;
        }
        table.addCell(value);
        PdfPCell label2 = cell(k2, head);
        label2.setBackgroundColor(HEAD);
        table.addCell(label2);
        table.addCell(cell(v2, body));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(3);
        return c;
    }
}
