package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Document-level resolution of amendments whatever their layout (issue 11): an amendment (変更契約・覚書) that comes
 * first with the original attached after it (「別添　原契約」「（参考）変更前の…」), a 新旧対照表 (blocks under
 * 変更後/変更前 headings, rows split by tabs, columns flattened into alternating cells, 「改正前：」 prefixes), an
 * added article and a deleted one. The replaced old wording neither satisfies nor contradicts; the new wording
 * counts; the clauses of an attached original that the amendment leaves alone still count. Sentences written for the
 * test, in several party names and styles.
 */
class AmendmentLayoutTest {

    static ElementResult element(String text, String id) {
        return ClauseModelPhenomenaTest.verify(text + "\n").element(id);
    }

    static String status(String text, String id) {
        return element(text, id).status();
    }

    static List<String> evidence(String text, String id) {
        return element(text, id).evidence().stream().map(Evidence::text).toList();
    }

    // ---------------------------------------------------------------- amendment first, original attached after

    private static final String AMEND_FIRST_KOU = "変更契約書\n\n甲と乙は、原契約の一部を次のとおり変更する。\n\n"
            + "第1条　原契約第4条を次のように改める。\n"
            + "　第4条　乙は、あらかじめ甲の書面による承諾を得なければ、本件業務を第三者に委託してはならない。\n"
            + "第2条　原契約第5条を次のように改める。\n"
            + "　第5条　乙は、処理の迅速化のため乙が必要と判断したときは、個人情報を複製することができる。\n"
            + "第3条　原契約第8条を削る。\n\n";

    private static final String ORIGINAL_KOU = "第1条　乙は、業務上知り得た個人情報を漏らしてはならない。\n"
            + "第4条　乙は、本件業務を第三者に委託することができる。この場合、乙は、委託した後にその旨を甲に通知する。\n"
            + "第5条　乙は、甲の承諾なく個人情報を複製してはならない。\n"
            + "第8条　甲は、乙の事業所に立ち入り、個人情報の取扱状況を検査することができる。\n";

    @Test
    void theOldWordingOfAnAttachedOriginalNeitherContradictsNorSatisfies() {
        String text = AMEND_FIRST_KOU + "別添　原契約\n\n" + ORIGINAL_KOU;
        assertEquals("satisfied", status(text, "C2"), "the replaced notice-after-the-fact clause no longer contradicts");
        assertEquals("contradicted", status(text, "C3"), "the replaced copy ban no longer satisfies");
        assertTrue(evidence(text, "C3").get(0).contains("必要と判断したとき"), evidence(text, "C3").toString());
        assertEquals("missing", status(text, "W2"), "the deleted inspection article stays deleted in the copy after it");
        assertEquals("satisfied", status(text, "C1a"), "an article the amendment leaves alone counts from the copy");
    }

    @Test
    void anOriginalAttachedAsAReferenceCopyIsTreatedTheSame() {
        for (String heading : List.of("（参考）変更前の契約書", "原契約（写し）", "【参考】原契約の条項")) {
            String text = AMEND_FIRST_KOU + heading + "\n\n" + ORIGINAL_KOU;
            assertEquals("satisfied", status(text, "C2"), heading);
            assertEquals("contradicted", status(text, "C3"), heading);
            assertEquals("missing", status(text, "W2"), heading);
        }
    }

    @Test
    void aReferenceCopyStatedNotToBePartOfTheAgreementStillCountsWhereUnamended() {
        String text = "覚書\n\n第1条　原契約第3条を次のように改める。\n　第3条　受注者は、発注者の指示がある場合を除き、個人情報を複写してはならない。\n\n"
                + "（参考）原契約（抜粋）\nこの抜粋は参考として添付するものであり、この覚書の内容を構成しない。\n"
                + "第2条　受注者は、本業務で知り得た個人情報を第三者に漏らしてはならない。\n"
                + "第3条　受注者は、業務に必要な範囲で個人情報を複写することができる。\n";
        assertEquals("satisfied", status(text, "C3"));
        assertEquals("satisfied", status(text, "C1a"));
    }

    @Test
    void anArticleAddedAfterAnotherCountsAndIsNotTakenForTheOneItFollows() {
        String text = "変更契約書\n\n第1条　原契約第6条の次に次の1条を加える。\n"
                + "　第6条の2　受託者は、個人情報の管理責任者及び業務従事者の氏名を記載した書面を委託者に提出しなければならない。\n"
                + "第2条　原契約第6条を削る。\n\n別添　原契約\n\n"
                + "第6条　受託者は、業務従事者に研修を受けさせるものとする。\n";
        assertEquals("satisfied", status(text, "W1"), "the deletion of 第6条 does not reach the added 第6条の2");
    }

    // ---------------------------------------------------------------- 新旧対照表 and 変更前/変更後 blocks

    @Test
    void blocksUnderOldAndNewHeadingsCountOnlyTheNewOnesInEitherOrder() {
        String oldCopy = "乙は、業務終了後も、乙が必要と認める期間、個人情報を保管することができる。";
        String newText = "乙は、業務終了後、個人情報を復元できない方法で消去しなければならない。";
        for (String[] heads : List.of(new String[]{"変更前", "変更後"}, new String[]{"【改正後】", "【改正前】"}, new String[]{"(改定前)", "(改定後)"})) {
            boolean oldFirst = heads[0].contains("前");
            String text = "覚書\n\n第1条　特記事項第9を次のとおり変更する。\n" + heads[0] + "\n第9　" + (oldFirst ? oldCopy : newText) + "\n"
                    + heads[1] + "\n第9　" + (oldFirst ? newText : oldCopy) + "\n第2条　この覚書は、締結の日から効力を生ずる。\n";
            assertEquals("satisfied", status(text, "C5a"), String.join("/", heads));
        }
    }

    @Test
    void aBlockEndsAtTheNextClauseSoThatTextAfterItCounts() {
        String text = "覚書\n\n第1条　特記事項第9を次のとおり変更する。\n変更前\n第9　乙は、業務終了後、個人情報を消去する。\n"
                + "変更後\n第9　乙は、業務終了後、個人情報を復元できない方法で消去しなければならない。\n"
                + "第2条　乙は、個人情報の漏えいが発生したときは、直ちに甲に報告し、その指示に従うものとする。\n";
        assertEquals("satisfied", status(text, "C4"), "the clause after the 変更後 block is ordinary text");
    }

    @Test
    void linesPrefixedWithOldAndNewCountOnlyTheNewWording() {
        String text = "変更契約書\n\n第1条　原契約第7条を次のとおり変更する。\n"
                + "改正前：第7条　受注者は、受注者の判断で本業務の一部を協力会社に行わせることができる。\n"
                + "改正後：第7条　受注者は、発注者の書面による事前の承認を得ずに、本業務を第三者に再委託してはならない。\n";
        assertEquals("satisfied", status(text, "C2"));
    }

    @Test
    void rowsSplitByTabsOrBarsHaveTheirColumnsInTheHeaderOrder() {
        String row = "第5　受託者は、委託者の承認を得て複製する場合を除き、個人情報を複製してはならない。";
        String old = "第5　受託者は、作業上必要と受託者が認める場合は、個人情報を複製できる。";
        String tabs = "覚書\n\n第1条　特記事項第5を別紙新旧対照表のとおり改める。\n\n新旧対照表\n改正後\t改正前\n（複製）\t（複製）\n" + row + "\t" + old + "\n";
        assertEquals("satisfied", status(tabs, "C3"));
        String bars = "覚書\n\n第1条　特記事項第5を別紙新旧対照表のとおり改める。\n\n新旧対照表\n| 旧 | 新 |\n| " + old + " | " + row + " |\n";
        assertEquals("satisfied", status(bars, "C3"), "旧 first, then 新");
        String reversed = "覚書\n\n第1条　特記事項第5を別紙新旧対照表のとおり改める。\n\n新旧対照表\n改正後\t改正前\n" + old + "\t" + row + "\n";
        assertEquals("contradicted", status(reversed, "C3"), "the new column permits copying at the contractor's judgement");
    }

    @Test
    void columnsFlattenedIntoAlternatingCellsAlternateByClause() {
        String withHeadings = "覚書\n\n第1条　特記事項第5及び第6を別紙新旧対照表のとおり改める。\n\n別紙　新旧対照表\n変更後\n変更前\n"
                + "（事故の報告）\n第5　乙は、漏えい等の事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。\n"
                + "（事故の報告）\n第5　乙は、漏えい等の事故が発生したときは、対応を終えた後、その結果を甲に報告する。\n"
                + "（再委託）\n第6　乙は、甲の事前の承認がなければ、業務を第三者に委託してはならない。\n"
                + "（再委託）\n第6　乙は、乙の判断で業務を第三者に委託することができる。\n";
        assertEquals("satisfied", status(withHeadings, "C4"));
        assertEquals("satisfied", status(withHeadings, "C2"));
        String bare = "覚書\n\n第1条　特記事項第6を新旧対照表のとおり改める。\n\n新旧対照表\n変更前\n変更後\n"
                + "第6　乙は、乙の判断で業務を第三者に委託することができる。\n"
                + "第6　乙は、甲の事前の承認がなければ、業務を第三者に委託してはならない。\n";
        assertEquals("satisfied", status(bare, "C2"), "変更前 first: the second cell is the new wording");
    }

    @Test
    void aClauseWhoseNewWordingIsDeletedIsGoneFromTheOriginalToo() {
        String text = "第1条　乙は、業務完了後、甲から借り受けた資料を甲に返還しなければならない。\n第2条　乙は、業務上知り得た個人情報を漏らしてはならない。\n\n"
                + "覚書\n\n第1条　原契約第1条を別紙新旧対照表のとおり改める。\n\n新旧対照表\n変更後\n変更前\n第1条　削除\n"
                + "第1条　乙は、業務完了後、甲から借り受けた資料を甲に返還しなければならない。\n";
        assertEquals("missing", status(text, "C5b"));
        assertEquals("satisfied", status(text, "C1a"));
    }

    @Test
    void anOriginalUnderABracketedCaptionIsACopyToo() {
        String text = "覚書\n\n第1条　原契約第3条を次のように改める。\n　第3条　乙は、甲の書面による承諾がなければ、業務の処理を第三者に委託してはならない。\n"
                + "第2条　この覚書は、締結の日から適用する。\n\n（原契約）\n\n第3条　乙は、業務の一部を乙の判断で第三者に委託することができる。\n";
        assertEquals("satisfied", status(text, "C2"));
    }

    @Test
    void aTableOfBarredCellsWithADraftAndTheCurrentWording() {
        String text = "変更契約書\n\n第1条　特記事項第6を新旧対照表のとおり改める。\n\n新旧対照表\n｜改正案｜現行｜\n"
                + "｜第6　受注者は、発注者の承認がある場合を除き、個人情報を複製してはならない。｜第6　受注者は、業務上必要な範囲で、受注者の判断により個人情報を複製できる。｜\n";
        assertEquals("satisfied", status(text, "C3"), "改正案 is the new column, 現行 the old one");
    }

    @Test
    void aTableWhoseTitleDoesNotSayComparisonIsFoundByItsColumnHeads() {
        String text = "変更契約書\n\n第1条　特記事項第6を別表のとおり改める。\n\n別表\n変更後の規定　　　　　　　　変更前の規定\n"
                + "第6　受注者は、発注者の承認がある場合を除き、個人情報を複製してはならない。　　　　第6　受注者は、業務上必要な範囲で、受注者の判断により個人情報を複製できる。\n";
        assertEquals("satisfied", status(text, "C3"));
    }

    // ---------------------------------------------------------------- controls: the same words without an amendment

    @Test
    void oldAndNewWordsInOrdinarySentencesRemoveNothing() {
        String text = "第1条　受託者は、作業従事者を変更するときは、変更前に委託者に届け出なければならない。\n"
                + "第2条　受託者は、委託者の承認を得ずに個人情報を複製してはならない。\n"
                + "第3条　受託者は、個人情報の管理責任者及び作業従事者の氏名を記載した名簿を委託者に提出しなければならない。\n"
                + "旧\n第4条　委託者は、受託者の作業場所に立ち入り、個人情報の管理状況を検査することができる。\n";
        assertEquals("satisfied", status(text, "C3"));
        assertEquals("satisfied", status(text, "W1"));
        assertEquals("satisfied", status(text, "W2"), "a bare 旧 outside a comparison table is no head");
    }

    @Test
    void aReferenceAttachmentWithoutAnAmendmentCountsInFull() {
        String text = "第1条　甲は、乙に個人情報の入力業務を委託する。\n\n（参考）作業手順\n"
                + "1.　乙は、甲の承認を得ないで個人情報を複製してはならない。\n";
        assertEquals("satisfied", status(text, "C3"));
        assertFalse(evidence(text, "C3").isEmpty());
    }
}
