package jp.itaku.contract.redline;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import javax.xml.namespace.QName;
import java.math.BigInteger;

/** The WordprocessingML names this package writes through cursors, and the text of a run as Word shows it. */
final class Wml {

    static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Wml() {
    }

    static QName w(String local) {
        return new QName(NS, local);
    }

    /** Inserts the empty element {@code <w:local w:id="id"/>} at the cursor and leaves the cursor after it. */
    static void insertMarker(XmlCursor cursor, String local, BigInteger id) {
        cursor.beginElement(w(local));
        cursor.insertAttributeWithValue(w("id"), id.toString());
        cursor.toNextToken(); // past the end of the new element
    }

    /**
     * Anchors the comment {@code id} from the start of {@code first} to the end of {@code last} (siblings, or in the
     * same paragraph): {@code w:commentRangeStart}, {@code w:commentRangeEnd} and the run with the reference after it.
     */
    static void commentAround(XmlObject first, XmlObject last, BigInteger id) {
        try (XmlCursor c = first.newCursor()) {
            insertMarker(c, "commentRangeStart", id);
        }
        try (XmlCursor c = last.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            insertMarker(c, "commentRangeEnd", id);
            c.beginElement(w("r"));
            c.beginElement(w("commentReference"));
            c.insertAttributeWithValue(w("id"), id.toString());
        }
    }

    /** The text a run shows: its {@code w:t}, tabs as \t, breaks as \n (as POI's paragraph text reads them). */
    static String runText(XmlObject run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return "";
            }
            do {
                QName name = c.getName();
                if (!NS.equals(name.getNamespaceURI())) {
                    continue;
                }
                switch (name.getLocalPart()) {
                    case "t" -> text.append(c.getTextValue());
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> {
                    }
                }
            } while (c.toNextSibling());
        }
        return text.toString();
    }

    /** How many {@code w:t} a run has and nothing else that shows text (such a run can be cut in two). */
    static boolean isPlainTextRun(XmlObject run) {
        int texts = 0;
        try (XmlCursor c = run.newCursor()) {
            if (!c.toFirstChild()) {
                return false;
            }
            do {
                String local = c.getName().getLocalPart();
                if ("t".equals(local)) {
                    texts++;
                } else if (!"rPr".equals(local)) {
                    return false;
                }
            } while (c.toNextSibling());
        }
        return texts == 1;
    }
}
