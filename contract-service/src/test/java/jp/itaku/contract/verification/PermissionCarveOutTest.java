package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Permission clauses that empty an obligation in less usual wording (issue 11, unseen hold-out): a proviso opened by
 * 「もっとも、」, 「…を制限するものではない」 / 「…を妨げるものではない」 after the duty (vocabulary/not-restrict.txt), a
 * judgement in other words (「…に役立つと判断したときは」, 「必要があると判断した…」), a duty disclaimed (「返還する義務を
 * 負わない」), and a proviso on a line of its own when Word's numbering was lost. A carve-out the client controls keeps
 * the duty. Sentences written for the test.
 */
class PermissionCarveOutTest {

    static final String PREAMBLE = "保育所入所申込受付業務委託契約書\n\n北山町（以下「甲」という。）と株式会社こどもサポート（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static String status(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("carveout.txt", PREAMBLE + body + "\n").element(element).status();
    }

    static final String PURPOSE = "（目的外利用の禁止）\n乙は、申込者の個人情報を本業務以外の目的に使用してはならない。\n";

    @Test
    void aProvisoOpenedByMottomoOnTheContractorsJudgementEmptiesThePurposeLimitation() {
        assertEquals("contradicted", status(PURPOSE + "もっとも、乙が自社の業務改善に役立つと判断したときは、乙は、当該個人情報を自社の研究に使用することを妨げない。", "C1b"));
    }

    @Test
    void theSameProvisoUnderTheClientsApprovalKeepsIt() {
        assertEquals("satisfied", status(PURPOSE + "もっとも、甲の書面による承認を得たときは、乙は、当該個人情報を統計の作成に使用することを妨げない。", "C1b"));
    }

    @Test
    void notRestrictingRetentionAfterTheEndOnTheContractorsJudgementContradictsErasure() {
        assertEquals("contradicted", status("（記録の消去）\n乙は、契約期間が満了したときは、申込者の個人情報を消去しなければならない。\n"
                + "前項の規定は、乙が問合せへの対応に必要があると判断した記録を契約期間の満了後も保管することを妨げるものではない。", "C5a"));
    }

    @Test
    void aDisclaimedReturnDutyContradictsTheReturn() {
        assertEquals("contradicted", status("（終了時の措置）\n乙は、本業務が終了したときは、甲から受領した申込書を甲に返還する義務を負わない。", "C5b"));
    }

    @Test
    void aProvisoOnALineOfItsOwnQualifiesTheLineBefore() {
        assertEquals("contradicted", status("（複写の禁止）\n乙は、甲の承諾なく申込書を複写してはならない。\nただし、乙が必要と認めるときは、この限りでない。", "C3"));
        assertEquals("satisfied", status("（複写の禁止）\n乙は、申込書を複写してはならない。\nただし、甲が指示したときは、この限りでない。", "C3"));
    }
}
