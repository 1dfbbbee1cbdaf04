package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C6a: a breach of 「前条までの規定」 or 「第N条までの規定」 (no から) covers every article from the first up to it, so
 * termination for it counts when one of them is about personal information, and not when none is. Sentences written
 * for the test.
 */
class TerminationUpToTest {

    static final String HEAD = "窓口受付業務委託契約書\n\n　南台市（以下「甲」という。）と株式会社フロントワン（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、仕様書に従い窓口受付業務を行う。\n";
    static final String PI = "第2条　乙は、業務上知り得た来庁者の個人情報を第三者に漏らしてはならない。\n";
    static final String PAY = "第3条　甲は、乙の請求に基づき委託料を支払う。\n";

    static String c6a(String text) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("range.txt", text + "\n").element("C6a").status();
    }

    @Test
    void aBreachOfEveryArticleUpToThePreviousOneCoversThePersonalInformationArticle() {
        assertEquals("satisfied", c6a(HEAD + PI + PAY + "第4条　甲は、乙が前条までの規定に違反したときは、この契約を解除することができる。"));
        assertEquals("satisfied", c6a(HEAD + PI + PAY + "第4条　甲は、乙が第3条までの規定に違反したときは、この契約を解除することができる。"));
    }

    @Test
    void aRangeThatStopsBeforeThePersonalInformationArticleDoesNot() {
        assertEquals("missing", c6a(HEAD + PAY.replace("第3条", "第2条") + PI.replace("第2条", "第3条")
                + "第4条　甲は、乙が第2条までの規定に違反したときは、この契約を解除することができる。"));
    }
}
