package jp.itaku.common.pdf;

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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A plain A4 report in Japanese (OpenPDF, the IPAex fonts of {@link JapaneseFonts}): a title, a line of facts, then
 * headings, paragraphs and tables. For documents that are mostly lists, such as the 監査報告書 and the monthly
 * access-record analysis.
 */
public final class PdfReport {

    private final Document document;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Font heading = JapaneseFonts.gothicBold(11);
    private final Font head = JapaneseFonts.gothicBold(8);
    private final Font body = JapaneseFonts.mincho(8.5f);

    public PdfReport(String title, String meta, boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.addTitle(title);
        document.open();
        Paragraph t = new Paragraph(title, JapaneseFonts.gothicBold(15));
        t.setAlignment(Element.ALIGN_CENTER);
        add(t);
        Paragraph m = new Paragraph(meta, body);
        m.setAlignment(Element.ALIGN_RIGHT);
        add(m);
    }

    public PdfReport heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return add(p);
    }

    public PdfReport paragraph(String text) {
        return add(new Paragraph(text, body));
    }

    /** A table with a grey header row; an empty {@code rows} prints {@code empty} instead. */
    public PdfReport table(List<String> header, float[] widths, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            return paragraph(empty);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String label : header) {
            PdfPCell cell = new PdfPCell(new Phrase(label, head));
            cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, body));
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        return add(table);
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfReport add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }
}
