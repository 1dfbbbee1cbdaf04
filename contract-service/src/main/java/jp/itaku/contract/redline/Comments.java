package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigInteger;

/** Word comments (comments.xml) written by the revision's author; the body anchors them by id. */
final class Comments {

    private final XWPFComments part;
    private final Revision revision;

    Comments(XWPFDocument doc, Revision revision) {
        this.part = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
        this.revision = revision;
    }

    /** Adds a comment of one or more paragraphs (split at line breaks). */
    void add(BigInteger id, String text) {
        XWPFComment comment = part.createComment(id);
        comment.setAuthor(revision.author());
        comment.setInitials(revision.initials());
        comment.setDate(revision.calendar());
        for (String line : text.split("\n")) {
            XWPFParagraph p = comment.createParagraph();
            p.createRun().setText(line);
        }
    }
}
