package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the vendor sends back after "accept all changes" and deleting the comments: each {@code w:ins}'s content moved
 * into the document in its place, the comment ranges, references and comments gone.
 */
final class AcceptedText {

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

    private AcceptedText() {
    }

    static byte[] acceptAll(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XmlObject body = doc.getDocument().getBody();
            for (XmlObject ins : select(body, ".//w:ins")) {
                boolean paragraphMark;
                try (XmlCursor c = ins.newCursor()) {
                    c.toParent();
                    paragraphMark = "rPr".equals(c.getName().getLocalPart());
                }
                while (!paragraphMark) {
                    try (XmlCursor child = ins.newCursor(); XmlCursor before = ins.newCursor()) {
                        if (!child.toFirstChild()) {
                            break;
                        }
                        child.moveXml(before); // lands in front of the w:ins, after the children moved before it
                    }
                }
                try (XmlCursor c = ins.newCursor()) {
                    c.removeXml();
                }
            }
            for (String marker : List.of("commentRangeStart", "commentRangeEnd")) {
                for (XmlObject o : select(body, ".//w:" + marker)) {
                    try (XmlCursor c = o.newCursor()) {
                        c.removeXml();
                    }
                }
            }
            for (XmlObject ref : select(body, ".//w:commentReference")) {
                try (XmlCursor c = ref.newCursor()) {
                    c.toParent(); // the run that only holds the reference
                    c.removeXml();
                }
            }
            if (doc.getDocComments() != null) {
                while (!doc.getDocComments().getComments().isEmpty()) {
                    doc.getDocComments().removeComment(0);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static List<XmlObject> select(XmlObject root, String path) {
        List<XmlObject> found = new ArrayList<>();
        for (XmlObject o : root.selectPath(W + path)) {
            found.add(o);
        }
        return found;
    }
}
