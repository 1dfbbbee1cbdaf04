package jp.itaku.provision.register;

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
import jp.itaku.common.text.JapaneseDates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The register as a printable PDF (A4 landscape), one table per division, dates in 令和. */
final class RegisterPdf {

    private static final String[] HEADER = {"件名", "提供する保有個人情報", "提供先（種別）", "提供の根拠", "定期／臨時",
            "提供期間", "状態", "書面", "調査／改善要求"};
    private static final float[] WIDTHS = {3f, 3f, 3.2f, 3.6f, 1.3f, 3.2f, 1.3f, 1.1f, 1.6f};

    private RegisterPdf() {
    }

    static byte[] render(RegisterService.Register register, java.time.LocalDate today) {
        Font title = JapaneseFonts.gothicBold(14);
        Font heading = JapaneseFonts.gothicBold(10.5f);
        Font head = JapaneseFonts.gothicBold(8);
        Font body = JapaneseFonts.mincho(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("保有個人情報の提供に関する台帳");
            document.open();
            Paragraph titleLine = new Paragraph("保有個人情報の提供に関する台帳", title);
            titleLine.setAlignment(Element.ALIGN_CENTER);
            document.add(titleLine);
            Paragraph meta = new Paragraph(register.agencyName() + "　" + (register.division() == null ? "全部署"
                    : register.division()) + "　" + JapaneseDates.wareki(today) + "現在", body);
            meta.setAlignment(Element.ALIGN_RIGHT);
            document.add(meta);

            Map<String, List<RegisterRow>> byDivision = register.rows().stream()
                    .collect(Collectors.groupingBy(RegisterRow::division, LinkedHashMap::new, Collectors.toList()));
            if (byDivision.isEmpty()) {
                document.add(new Paragraph("記録された提供はありません。", body));
            }
            for (Map.Entry<String, List<RegisterRow>> division : byDivision.entrySet()) {
                Paragraph divisionHeading = new Paragraph("担当部署：" + division.getKey(), heading);
                divisionHeading.setSpacingBefore(10);
                divisionHeading.setSpacingAfter(4);
                document.add(divisionHeading);
                PdfPTable table = new PdfPTable(WIDTHS);
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String label : HEADER) {
                    PdfPCell cell = new PdfPCell(new Phrase(label, head));
                    cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                    cell.setPadding(3);
                    table.addCell(cell);
                }
                for (RegisterRow r : division.getValue()) {
                    cells(table, body, r.title(), r.informationFile(), r.recipientName() + "（" + r.recipientType() + "）",
                            r.legalBasis(), r.regular() ? "定期" : "臨時",
                            JapaneseDates.wareki(r.periodStart()) + "～" + JapaneseDates.wareki(r.periodEnd()), r.state(),
                            r.agreementVersion() == 0 ? "なし" : "第" + r.agreementVersion() + "版",
                            r.investigations() + "件／" + r.openImprovements() + "件対応中");
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("台帳の PDF を作成できませんでした。", e);
        }
        return out.toByteArray();
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }
}
