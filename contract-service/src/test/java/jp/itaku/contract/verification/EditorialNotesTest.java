package jp.itaku.contract.verification;

import jp.itaku.contract.verification.normalize.EditorialNotes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A drafter's or reviewer's note left in a draft is not contract text: a note proposing a clause does not satisfy the
 * element, a note waiving a duty does not contradict it; headings in the same brackets stay text; offsets keep
 * pointing into the submitted text. Sentences written for the test.
 */
class EditorialNotesTest {

    static final String PREAMBLE = "図書館システム保守業務委託契約書\n\n　東川町（以下「甲」という。）と北辰システム株式会社（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("notes.txt", PREAMBLE + body + "\n");
    }

    @Test
    void aBracketedReviewNoteProposingAClauseDoesNotSatisfyTheElement() {
        VerificationReport r = verify("第4条（複写の禁止）\n〔審査メモ：乙は甲の承諾なく利用者名簿を複写してはならない旨を追記されたい。〕");
        assertEquals("missing", r.element("C3").status());
    }

    @Test
    void aCommentInLenticularBracketsIsNotText() {
        VerificationReport r = verify("第6条（検査）\n【コメント：甲は乙の作業場所に立ち入り、個人情報の管理状況を検査することができる、を入れる予定】");
        assertEquals("missing", r.element("W2").status());
    }

    @Test
    void aMarkedLineWaivingADutyDoesNotContradictIt() {
        VerificationReport r = verify("第8条（返還）乙は、契約が終了したときは、甲から提供を受けた資料を速やかに甲に返還しなければならない。\n"
                + "※担当者メモ：資料の返還は要しないとの意見あり。");
        assertEquals("satisfied", r.element("C5b").status());
    }

    @Test
    void theSameBracketsAroundAHeadingStayText() {
        String text = "【特記事項】乙は、甲の承諾なく利用者名簿を複写し、又は複製してはならない。";
        assertEquals(text, EditorialNotes.blank(text));
        assertEquals("satisfied", verify(text).element("C3").status());
    }

    @Test
    void blankingKeepsEveryOffsetAndLineBreak() {
        String text = "第1条　本文。\n〔メモ：一行目\n〕\n※コメント：末尾\n第2条　本文。";
        String blanked = EditorialNotes.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals(text.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count());
        assertFalse(blanked.contains("メモ"), blanked);
        assertFalse(blanked.contains("コメント"), blanked);
        assertTrue(blanked.startsWith("第1条　本文。") && blanked.endsWith("第2条　本文。"), blanked);
    }
}
