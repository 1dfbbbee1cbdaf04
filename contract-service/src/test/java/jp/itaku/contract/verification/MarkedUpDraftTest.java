package jp.itaku.contract.verification;

import jp.itaku.contract.verification.normalize.MarkedEdits;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contractor's draft marked up by the client keeps the deleted text visible with a marker (【削除】, 〔削除〕 on its own
 * line, （削除）, 「削除：」, ～～…～～ with a 取消線 note) and marks what was added (【追加】, 〔甲修正〕, 【修正後】). Deleted
 * text is out of force: a deleted permission does not contradict, a deleted duty does not satisfy, and neither is
 * quoted; added or corrected text counts. Sentences written for the test.
 */
class MarkedUpDraftTest {

    static final String KOU_OTSU = "図書館利用者管理システム保守業務委託契約書\n\n　西原町（以下「甲」という。）と株式会社オリオン技研（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String HACCHU = "業務委託契約書（発注者修正案）\n\n　南浦県（以下「発注者」という。）と株式会社ベイサイド情報（以下「受注者」という。）は、次のとおり契約を締結する。\n\n";
    static final String ITAKU = "委託契約書\n\n　社会福祉法人青葉会（以下「委託者」という。）と株式会社ケアデータ（以下「受託者」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String head, String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("markup.txt", head + body + "\n");
    }

    static boolean quotes(VerificationReport r, String element, String fragment) {
        return r.element(element).evidence().stream().anyMatch(e -> e.text().contains(fragment));
    }

    @Test
    void aDeletedPermissionAfterAnInlineMarkerDoesNotContradict() {
        VerificationReport r = verify(KOU_OTSU, "第4条（再委託）\n　乙は、あらかじめ甲の書面による承諾を得なければ、本業務を第三者に再委託してはならない。\n"
                + "【削除】ただし、乙が必要と認めるときは、甲に通知することにより再委託することができる。");
        assertEquals("satisfied", r.element("C2").status());
        assertFalse(quotes(r, "C2", "必要と認める"));

        VerificationReport polite = verify(HACCHU, "第6条（複写）\n　受注者は、発注者の承認を得ずに個人情報を複写してはなりません。\n"
                + "【受注者案・削除】受注者は、作業効率のため、個人情報を必要に応じて複写することができます。");
        assertEquals("satisfied", polite.element("C3").status());
        assertFalse(quotes(polite, "C3", "作業効率"));
    }

    @Test
    void aMarkerOnItsOwnLineAppliesToTheLinesAfterItUntilTheNextMarker() {
        VerificationReport r = verify(ITAKU, "第5条（複製の制限）\n〔削除〕\n　受託者は、業務に必要な範囲で、利用者の個人情報を複製することができる。\n"
                + "　受託者は、複製した個人情報を業務終了後も保管することができる。\n〔委託者修正〕\n"
                + "　受託者は、委託者の書面による承諾を得た場合を除き、利用者の個人情報を複製してはならない。");
        assertEquals("satisfied", r.element("C3").status());
        assertFalse(quotes(r, "C3", "業務に必要な範囲"));
        assertFalse(quotes(r, "C5a", "保管することができる"));
        assertTrue(quotes(r, "C3", "書面による承諾を得た場合を除き"));
    }

    @Test
    void aDeletionBlockEndsAtTheNextArticle() {
        VerificationReport r = verify(KOU_OTSU, "第7条（資料の取扱い）\n（削除）\n　乙は、提供資料を自社の研修に利用することができる。\n"
                + "第8条（返還）\n　乙は、契約が終了したときは、甲から提供を受けた資料を甲に返還しなければならない。");
        assertEquals("satisfied", r.element("C5b").status());
        assertTrue(quotes(r, "C5b", "返還しなければならない"));
        assertEquals("missing", r.element("C1b").status());
    }

    @Test
    void aDutyThatOnlyRemainsAsDeletedTextIsMissing() {
        VerificationReport lead = verify(HACCHU, "第9条（体制）\n削除：受注者は、業務責任者及び作業従事者の氏名を書面で発注者に届け出なければならない。");
        assertEquals("missing", lead.element("W1").status());
        assertTrue(lead.element("W1").evidence().stream().noneMatch(e -> e.text().contains("届け出")));

        VerificationReport trailing = verify(ITAKU, "第10条（返還）\n　受託者は、委託期間が満了したときは、貸与された名簿を委託者に返還するものとします。（削除）");
        assertEquals("missing", trailing.element("C5b").status());
    }

    @Test
    void struckThroughTextBetweenTildesIsOutOfForce() {
        VerificationReport r = verify(KOU_OTSU, "第11条（消去）\n　乙は、契約終了後、個人情報を復元できない方法で消去しなければならない。"
                + "～～ただし、乙は、保守のために必要な期間、個人情報を保存することができる。～～（取消線部分は甲が削除）");
        assertEquals("satisfied", r.element("C5a").status());
        assertFalse(quotes(r, "C5a", "保守のため"));
        VerificationReport md = verify(HACCHU, "第11条（消去）\n　受注者は、契約終了時に個人情報を消去するものとする。~~受注者は、消去を省略することができる。~~");
        assertEquals("satisfied", md.element("C5a").status());
    }

    @Test
    void addedAndCorrectedTextCountsWithoutItsMarker() {
        VerificationReport r = verify(ITAKU, "第12条（事故報告）\n【委託者追加】受託者は、個人情報の漏えい等が発生したときは、直ちに委託者に報告し、その指示に従わなければならない。\n"
                + "【修正前・削除】受託者は、事故の処理が終わった後に委託者に報告する。");
        assertEquals("satisfied", r.element("C4").status());
        assertTrue(quotes(r, "C4", "直ちに委託者に報告"));
        assertFalse(quotes(r, "C4", "追加】"));
        assertFalse(quotes(r, "C4", "処理が終わった後"));

        VerificationReport corrected = verify(KOU_OTSU, "第13条（損害賠償）\n【修正後】乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n"
                + "【修正前】乙は、個人情報の漏えいによる損害について責任を負わない。");
        assertEquals("satisfied", corrected.element("C6b").status());
    }

    @Test
    void blankingKeepsOffsetsAndLeavesUnmarkedTextAlone() {
        String text = "第1条　本文。\n【削除】消す文。\n第2条（再委託の削除）　乙は再委託してはならない。";
        String blanked = MarkedEdits.blank(text);
        assertEquals(text.length(), blanked.length());
        assertFalse(blanked.contains("消す文"), blanked);
        assertTrue(blanked.endsWith("第2条（再委託の削除）　乙は再委託してはならない。"), blanked);
        String plain = "第5条　乙は、第3条の規定により追加された業務についても、同様とする。";
        assertEquals(plain, MarkedEdits.blank(plain));
    }
}
