package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * C6a: a termination lead 「次の各号のいずれかに該当するときは…解除することができる」 whose items — numbered ①②, (1)(2),
 * 一二 or アイ — include a general breach among insolvency and organised-crime items: the items inherit the lead. Only
 * insolvency and organised crime stays a near miss. Sentences written for the test.
 */
class TerminationItemsTest {

    static final String KOU = "清掃業務委託契約書\n\n　南川町（以下「甲」という。）と株式会社クリーン南川（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n";

    static VerificationReport verify(String articles) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("c6a.txt", KOU + articles + "\n");
    }

    static String items(String n1, String n2, String n3, String breach) {
        return "第2条　甲は、乙が次の各号のいずれかに該当するときは、この契約を解除することができる。\n"
                + n1 + "　破産手続開始の申立てがあったとき。\n" + n2 + "　暴力団員が役員であると認められるとき。\n" + n3 + "　" + breach + "\n"
                + "第3条　乙は、本業務の履行に当たり、法令を遵守しなければならない。";
    }

    @Test
    void aGeneralBreachItemUnderTheLeadSatisfiesWhateverTheNumbering() {
        String[][] numbering = {{"①", "②", "③"}, {"(1)", "(2)", "(3)"}, {"一", "二", "三"}, {"ア", "イ", "ウ"}};
        String[] breaches = {"この契約に違反したとき。", "契約条項に違反し、契約の目的を達することができないとき。", "この契約に定める義務を履行しないとき。"};
        for (String[] n : numbering) {
            for (String b : breaches) {
                VerificationReport r = verify(items(n[0], n[1], n[2], b));
                assertEquals("satisfied", r.element("C6a").status(), n[0] + b);
                assertTrue(r.element("C6a").evidence().stream().anyMatch(e -> e.text().contains("違反") || e.text().contains("履行しない")),
                        r.element("C6a").evidence().toString());
            }
        }
    }

    @Test
    void onlyInsolvencyAndOrganisedCrimeItemsStayANearMiss() {
        assertEquals("missing", verify("第2条　甲は、乙が次の各号のいずれかに該当するときは、この契約を解除することができる。\n"
                + "①　破産手続開始の申立てがあったとき。\n②　暴力団員が役員であると認められるとき。\n③　手形が不渡りとなったとき。").element("C6a").status());
    }

    @Test
    void circledParagraphsAfterAPlainArticleAreNotItemsOfAnEarlierList() {
        // ② numbering paragraphs (not a list) after an article whose lead refers to 各号 elsewhere: no breach ground invented
        assertEquals("missing", verify("第2条　甲は、乙が前条各号に掲げる事由に該当するときは、この契約を解除することができる。\n"
                + "②　前項の規定により契約を解除したときは、乙は違約金を支払わなければならない。").element("C6a").status());
    }
}
