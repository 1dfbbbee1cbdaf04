package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import java.util.ArrayList;
import java.util.List;

/**
 * The children of a paragraph that carry text, each with its offset in the paragraph's text. A plain run can be cut
 * in two so that a comment covers exactly one sentence; other children (hyperlinks, fields, revisions) are covered
 * whole.
 */
final class ParagraphPieces {

    record Piece(XmlObject xml, int start, int end) {
    }

    private final XWPFParagraph paragraph;
    private final List<Piece> pieces = new ArrayList<>();
    private final String text;

    ParagraphPieces(XWPFParagraph paragraph) {
        this.paragraph = paragraph;
        StringBuilder all = new StringBuilder();
        try (XmlCursor c = paragraph.getCTP().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    XmlObject child = c.getObject();
                    String local = c.getName().getLocalPart();
                    if ("pPr".equals(local)) {
                        continue;
                    }
                    String t = "r".equals(local) ? Wml.runText(child) : textOf(child);
                    if (!t.isEmpty()) {
                        pieces.add(new Piece(child, all.length(), all.length() + t.length()));
                        all.append(t);
                    }
                } while (c.toNextSibling());
            }
        }
        this.text = all.toString();
    }

    String text() {
        return text;
    }

    /** Whether this reading agrees with POI's paragraph text (else offsets would be wrong: cover the paragraph). */
    boolean agreesWithPoi() {
        return text.equals(paragraph.getText());
    }

    /** The first and last piece covering [start, end), after cutting plain runs at both ends. */
    Piece[] isolate(int start, int end) {
        cutAt(start);
        cutAt(end);
        Piece first = null;
        Piece last = null;
        for (Piece p : pieces) {
            if (p.end() > start && p.start() < end) {
                if (first == null) {
                    first = p;
                }
                last = p;
            }
        }
        return first == null ? null : new Piece[]{first, last};
    }

    Piece first() {
        return pieces.isEmpty() ? null : pieces.get(0);
    }

    Piece last() {
        return pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    }

    private void cutAt(int offset) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.start() < offset && offset < p.end() && p.xml() instanceof CTR run && Wml.isPlainTextRun(run)) {
                String t = Wml.runText(run);
                int k = offset - p.start();
                CTR tail = copyAfter(run);
                setText(run, t.substring(0, k));
                setText(tail, t.substring(k));
                pieces.set(i, new Piece(run, p.start(), offset));
                pieces.add(i + 1, new Piece(tail, offset, p.end()));
                return;
            }
        }
    }

    private static CTR copyAfter(CTR run) {
        try (XmlCursor source = run.newCursor(); XmlCursor target = run.newCursor()) {
            target.toEndToken();
            target.toNextToken();
            source.copyXml(target);
            // the copy sits right before target: step back onto its start
            target.toPrevSibling();
            return (CTR) target.getObject();
        }
    }

    private static void setText(CTR run, String text) {
        CTText t = run.getTArray(0);
        t.setStringValue(text);
        if (!text.equals(text.strip())) {
            try (XmlCursor c = t.newCursor()) {
                c.setAttributeText(new javax.xml.namespace.QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }
    }

    private static String textOf(XmlObject element) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor c = element.newCursor()) {
            c.selectPath("declare namespace w='" + Wml.NS + "' .//w:r");
            while (c.toNextSelection()) {
                text.append(Wml.runText(c.getObject()));
            }
        }
        return text.toString();
    }
}
