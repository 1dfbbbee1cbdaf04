package jp.itaku.contract.verification.input;

import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * The contract text of a .docx as the parties agreed it: the body's paragraphs and tables in order, with tracked
 * insertions ({@code w:ins}) as text and tracked deletions ({@code w:del}, {@code w:moveFrom}, {@code w:delText}) left
 * out, and without Word comments, headers, footers, foot- and endnotes and field codes — none of them is contract text
 * (POI's {@code XWPFWordExtractor} reads them all, so a reviewer's comment 「再委託は自由とする案も検討」 or a deleted
 * clause would count). Paragraphs end with a newline; table cells are separated by a tab and rows end with a newline,
 * as {@code XWPFWordExtractor} lays them out.
 */
final class DocxText {

    /** Elements whose whole content is not text of the agreed document. */
    private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "delText", "delInstrText", "instrText",
            "commentReference", "footnoteReference", "endnoteReference", "Fallback", "rPr", "pPr");

    private DocxText() {
    }

    static String of(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        body(doc.getBodyElements(), sb);
        return sb.toString();
    }

    private static void body(List<IBodyElement> elements, StringBuilder sb) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, sb);
            } else if (e instanceof XWPFTable t) {
                table(t, sb);
            } else if (e instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText()).append('\n');
            }
        }
    }

    private static void table(XWPFTable t, StringBuilder sb) {
        for (XWPFTableRow row : t.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                StringBuilder cell = new StringBuilder();
                body(cells.get(i).getBodyElements(), cell);
                // a cell's paragraphs stay on their lines; its last newline would end the row early
                int n = cell.length();
                while (n > 0 && cell.charAt(n - 1) == '\n') {
                    n--;
                }
                sb.append(cell, 0, n);
            }
            sb.append('\n');
        }
    }

    private static void paragraph(XWPFParagraph p, StringBuilder sb) {
        try (XmlCursor c = p.getCTP().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    node(c, sb);
                } while (c.toNextSibling());
            }
        }
        sb.append('\n');
    }

    /** Appends the text of the element at the cursor (left where it was). */
    private static void node(XmlCursor c, StringBuilder sb) {
        String name = c.getName() == null ? "" : c.getName().getLocalPart();
        if (SKIPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "t" -> sb.append(c.getTextValue());
            case "tab", "ptab" -> sb.append('\t');
            case "br", "cr" -> sb.append('\n');
            case "noBreakHyphen" -> sb.append('-');
            default -> {
                c.push();
                if (c.toFirstChild()) {
                    do {
                        node(c, sb);
                    } while (c.toNextSibling());
                }
                c.pop();
            }
        }
    }
}
