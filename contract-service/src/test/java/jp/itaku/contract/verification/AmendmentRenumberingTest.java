package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Amendments (変更契約・覚書) that delete and renumber articles (issue 11, weakness b): after 「第9条を削り、第10条を第9条
 * とする」 a later 「第9条を次のように改める」 replaces the old 第10条; 「第6条から第9条までを1条ずつ繰り上げる」 moves the
 * numbers, so a cross reference in the amended text (「第7条の規定に違反したとき」) means the renumbered article; the new
 * wording an amendment quotes is never the article it deleted. Sentences written for the test.
 */
class AmendmentRenumberingTest {

    static String status(String body, String element) {
        return ClauseModelPhenomenaTest.verify(body + "\n").element(element).status();
    }

    @Test
    void aReplacementAfterRenumberingReplacesTheRenumberedArticle() {
        assertEquals("satisfied", status("第9条　乙は、必要に応じて個人情報を複製することができる。\n第10条　乙は、甲の承認を得ないで個人情報を複製してはならない。\n\n変更契約書\n\n"
                + "第1条　原契約第10条を削り、第11条を第10条とする。\n第2条　原契約第9条を次のように改める。\n　第9条　乙は、甲の承認を得ないで、個人情報を複写し、又は複製してはならない。", "C3"));
    }

    @Test
    void aBareNumberAfterRenumberingMeansTheMovedArticle() {
        // 第9条 is deleted and 第10条 becomes 第9条; 「第9条を次のように改める」 then rewrites the former 第10条
        assertEquals("contradicted", status("第9条　乙は、甲の承認を得ないで個人情報を複製してはならない。\n第10条　乙は、業務の遂行に当たり、個人情報を適切に管理する。\n\n変更契約書\n\n"
                + "第1条　原契約第9条を削り、第10条を第9条とする。\n第2条　第9条を次のように改める。\n　第9条　乙は、作業の都合により、甲の承認を得ることなく個人情報を複製することができる。", "C3"));
    }

    @Test
    void theQuotedNewWordingIsNotTheDeletedArticle() {
        assertEquals("satisfied", status("第9条　乙は、必要に応じて個人情報を複製することができる。\n第10条　乙は、甲の承認を得ないで個人情報を複製してはならない。\n\n変更契約書\n\n"
                + "第1条　原契約第9条を削り、第10条を第9条とする。\n第2条　第9条を次のように改める。\n　第9条　乙は、甲の承認を得ないで、個人情報を複写し、又は複製してはならない。", "C3"));
    }

    @Test
    void aDeletedInspectionArticleIsMissingEvenWhenAnotherTakesItsNumber() {
        assertEquals("missing", status("第10条　甲は、必要があると認めるときは、乙の事業所に立ち入り、個人情報の管理状況を調査することができる。\n第11条　乙は、業務従事者に個人情報の取扱いについて研修を行う。\n\n変更契約書\n\n"
                + "第1条　第10条を削り、第11条を第10条とする。", "W2"));
    }

    @Test
    void aCrossReferenceInTheAmendedTextFollowsTheShiftedNumbers() {
        // after 「第7条から第9条までを1条ずつ繰り上げる」 the new 第7条 is the former 第8条 (erasure of personal information)
        assertEquals("satisfied", status("第5条　乙は、業務上知り得た個人情報を他に漏らしてはならない。\n第6条　乙は、本業務に係る作業を行う。\n第7条　乙は、作業日報を提出する。\n"
                + "第8条　乙は、業務が完了したときは、個人情報を消去しなければならない。\n第9条　甲は、乙が第5条から第8条までの規定に違反したときは、この契約を解除することができる。\n\n変更契約書\n\n"
                + "第1条　原契約第6条を削り、第7条から第9条までを1条ずつ繰り上げる。\n第2条　第8条中「第5条から第8条までの規定」を「第7条の規定」に改める。", "C6a"));
    }

    @Test
    void withoutRenumberingTheSameReferenceNamesTheOriginalArticle() {
        assertEquals("missing", status("第5条　乙は、業務上知り得た個人情報を他に漏らしてはならない。\n第6条　乙は、本業務に係る作業を行う。\n第7条　乙は、作業日報を提出する。\n"
                + "第8条　甲は、乙が第7条の規定に違反したときは、この契約を解除することができる。", "C6a"));
    }
}
