package jp.itaku.contract.redline;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

import java.math.BigInteger;

/**
 * A new paragraph inserted as a tracked change: one {@code w:ins} holding its run (and the comment's range and
 * reference, so they go with it) and its paragraph mark marked inserted,
 * so rejecting the change in Word removes it without a trace. It takes the paragraph and run formatting of the
 * paragraph it follows (without a section break or numbering of its own).
 */
final class TrackedInsertion {

    private final XWPFDocument doc;
    private final Revision revision;
    private final AnnotationIds ids;

    TrackedInsertion(XWPFDocument doc, Revision revision, AnnotationIds ids) {
        this.doc = doc;
        this.revision = revision;
        this.ids = ids;
    }

    /** Inserts {@code text} after {@code anchor}; {@code commentId} (may be null) anchors a comment on all of it. */
    XWPFParagraph after(XWPFParagraph anchor, String text, BigInteger commentId) {
        XWPFParagraph inserted;
        try (XmlCursor cursor = anchor.getCTP().newCursor()) {
            inserted = cursor.toNextSibling() ? doc.insertNewParagraph(cursor) : doc.createParagraph();
        }
        CTP p = inserted.getCTP();
        CTPPr pPr = anchor.getCTP().getPPr() != null ? (CTPPr) p.addNewPPr().set(anchor.getCTP().getPPr()) : p.addNewPPr();
        if (pPr.isSetSectPr()) {
            pPr.unsetSectPr();
        }
        if (pPr.isSetNumPr()) {
            pPr.unsetNumPr();
        }
        if (pPr.isSetRPr() && pPr.getRPr().isSetIns()) {
            pPr.getRPr().unsetIns();
        }
        stamp(pPr.isSetRPr() ? pPr.getRPr().addNewIns() : pPr.addNewRPr().addNewIns());
        CTRPr runFormat = firstRunFormat(anchor);
        CTRunTrackChange ins = p.addNewIns();
        stamp(ins);
        CTR run = ins.addNewR();
        if (runFormat != null) {
            run.addNewRPr().set(runFormat);
        }
        CTText t = run.addNewT();
        t.setStringValue(text);
        if (commentId != null) {
            Wml.commentAround(run, run, commentId);
        }
        return inserted;
    }

    private void stamp(CTTrackChange change) {
        change.setId(ids.next());
        change.setAuthor(revision.author());
        change.setDate(revision.calendar());
    }

    private static CTRPr firstRunFormat(XWPFParagraph anchor) {
        for (CTR r : anchor.getCTP().getRList()) {
            if (r.getRPr() != null) {
                return r.getRPr();
            }
        }
        return null;
    }
}
