package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import jp.itaku.contract.verification.input.DocumentReader;

/**
 * A .docx under negotiation carries more than the agreed text (issue 11, weakness e): reviewers' comments, tracked
 * deletions, running headers and footers. Only the text as it stands with the changes counts — insertions are text,
 * deletions and comments are not, and neither are headers and footers. Built with POI, sentences written for the test.
 */
class DocxRevisionsTest {

    static final String TITLE = "窓口受付業務委託契約書";
    static final String PARTIES = "　東浜市（以下「甲」という。）と株式会社港南ビジネス（以下「乙」という。）は、次のとおり契約を締結する。";
    static final String COPY_BAN = "第5条　乙は、甲の承諾を得ないで、申請書に記載された個人情報を複写してはならない。";
    static final String SUBCONTRACT_BAN = "第4条　乙は、甲の書面による承諾を得た場合でなければ、本業務を第三者に委託してはならない。";

    private static final ContractVerifier VERIFIER = ClauseModelPhenomenaTest.VERIFIER;

    /** A draft of plain paragraphs; {@code edit} adds the revision marks to the paragraph after the bans. */
    static byte[] draft(java.util.function.BiConsumer<XWPFDocument, XWPFParagraph> edit) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String[] {TITLE, "", PARTIES, "", SUBCONTRACT_BAN, COPY_BAN}) {
                d.createParagraph().createRun().setText(line);
            }
            XWPFParagraph p = d.createParagraph();
            edit.accept(d, p);
            d.write(out);
            return out.toByteArray();
        }
    }

    static void deleted(XWPFParagraph p, String text) {
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(11));
        del.setAuthor("港南ビジネス 法務");
        del.addNewR().addNewDelText().setStringValue(text);
    }

    static void inserted(XWPFParagraph p, String text) {
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.valueOf(12));
        ins.setAuthor("東浜市 契約課");
        ins.addNewR().addNewT().setStringValue(text);
    }

    static void commented(XWPFDocument d, XWPFParagraph p, String anchorText, String comment) {
        XWPFComments cs = d.createComments();
        XWPFComment c = cs.createComment(BigInteger.valueOf(21));
        c.setAuthor("港南ビジネス 営業");
        c.createParagraph().createRun().setText(comment);
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(21));
        p.createRun().setText(anchorText);
        p.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(21));
        p.getCTP().addNewR().addNewCommentReference().setId(BigInteger.valueOf(21));
    }

    @Test
    void aTrackedDeletionOfAPermissionNoLongerContradicts() throws Exception {
        byte[] docx = draft((d, p) -> deleted(p, "第6条　前条の規定にかかわらず、乙は、必要に応じて申請書の個人情報を複写することができる。"));
        assertEquals("satisfied", VERIFIER.verify("draft.docx", docx).element("C3").status());
    }

    @Test
    void aTrackedDeletionOfTheOnlyDutyLeavesItMissing() throws Exception {
        byte[] docx = draft((d, p) -> deleted(p, "第9条　乙は、契約が終了したときは、申請書の個人情報を復元できない方法により消去しなければならない。"));
        assertEquals("missing", VERIFIER.verify("draft.docx", docx).element("C5a").status());
    }

    @Test
    void aTrackedInsertionIsPartOfTheText() throws Exception {
        byte[] docx = draft((d, p) -> inserted(p, "第9条　乙は、契約が終了したときは、申請書の個人情報を復元できない方法により消去しなければならない。"));
        assertEquals("satisfied", VERIFIER.verify("draft.docx", docx).element("C5a").status());
    }

    @Test
    void aReviewersCommentIsNotContractText() throws Exception {
        byte[] docx = draft((d, p) -> commented(d, p, "第7条　乙は、申請書を施錠できる保管庫に保管する。",
                "乙は、繁忙期には甲に通知することなく協力会社に本業務を委託することができることとしたい。"));
        VerificationReport r = VERIFIER.verify("draft.docx", docx);
        assertEquals("satisfied", r.element("C2").status());
        String text = new DocumentReader(VerifierLimits.defaults()).read("draft.docx", docx).text();
        assertFalse(text.contains("繁忙期"), text);
        assertTrue(text.contains("施錠できる保管庫"), "the commented text itself stays: " + text);
    }

    @Test
    void headersAndFootersAreNotContractText() throws Exception {
        byte[] docx = draft((d, p) -> {
            d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("乙は、申請書の個人情報を自由に複写することができる。");
            d.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("- 1 -");
            p.createRun().setText("第7条　乙は、申請書を施錠できる保管庫に保管する。");
        });
        assertEquals("satisfied", VERIFIER.verify("draft.docx", docx).element("C3").status());
    }

    @Test
    void tableCellsAndTheirOrderAreKept() throws Exception {
        byte[] docx = draft((d, p) -> {
            XWPFTable t = d.createTable(1, 2);
            t.getRow(0).getCell(0).setText("消去");
            t.getRow(0).getCell(1).setText("乙は、契約が終了したときは、申請書の個人情報を復元できない方法により消去しなければならない。");
            d.createParagraph().createRun().setText("以上");
        });
        String text = new DocumentReader(VerifierLimits.defaults()).read("draft.docx", docx).text();
        assertTrue(text.contains("消去\t乙は、契約が終了したときは"), text);
        assertTrue(text.indexOf("以上") > text.indexOf("消去しなければならない"), text);
    }
}
