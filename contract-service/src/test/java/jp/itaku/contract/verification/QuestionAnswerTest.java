package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A Q&A declared part of the 仕様書 (clause/QuestionAnswers): a short answer is read with its question's act and object,
 * in every layout (質問/回答, 問/答, Q/A, 【質問N】/【回答N】 on their own lines, a table row question 〜か + answer); an answer
 * that only refers elsewhere counts for nothing, and a Q&A that is not declared part of the contract, or is for
 * reference only, counts for nothing either. Sentences written for the test.
 */
class QuestionAnswerTest {

    static final String BODY_KOU = "データ入力業務委託契約書\n\n　東谷市（以下「甲」という。）と株式会社東谷入力（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、別紙仕様書に従い本業務を行う。\n"
            + "第2条　乙は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n"
            + "第3条　乙は、甲の承認を得ないで、個人情報を複製してはならない。\n"
            + "第4条　乙は、業務の終了後、個人情報を消去しなければならない。\n\n"
            + "別紙\n\n入力業務仕様書\n\n1　業務内容\n　調査票の記載内容を入力する。\n\n";
    static final String BODY_JUCHU = "検診受付業務委託契約書\n\n　西森町（以下「発注者」という。）と株式会社西森サービス（以下「受注者」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　受注者は、仕様書（質問回答書を含む。）に従い本業務を行う。\n"
            + "第2条　受注者は、受診者の個人情報を他に漏らしてはならない。\n"
            + "第3条　受注者は、業務責任者及び作業従事者の氏名を書面で発注者に報告しなければならない。\n"
            + "第4条　受注者は、あらかじめ発注者の書面による承諾を得なければ、本業務を第三者に委託してはならない。\n\n";

    static String status(String text, String element) {
        return Issue11Drafts.status(element, text, "");
    }

    static String declaredKou(String qa) {
        return BODY_KOU + "2　質疑応答\n　入札時の質問及びこれに対する回答は、本仕様書の一部を構成する。\n\n質疑応答書\n\n" + qa;
    }

    @Test
    void aShortYesToMaySubcontractWithANoticeIsContradicted() {
        assertEquals("contradicted", status(BODY_JUCHU + "質問回答書\n\n質問1：受付業務の一部を協力会社に再委託することは可能ですか。\n回答1：可能です（事前の届出で足ります）。\n", "C2"));
        assertEquals("contradicted", status(BODY_JUCHU + "質問回答書\n\n【質問2】\n　繁忙期の受付を子会社に委託してもよろしいでしょうか。\n【回答2】\n　差し支えありません。委託先は月次報告書に記載してください。\n", "C2"));
    }

    @Test
    void aNoToMustWorkersBeNamedWaivesIt() {
        assertEquals("contradicted", status(BODY_JUCHU + "質問回答書\n\n問　作業従事者名簿の提出は必要ですか。\n答　不要です。\n", "W1"));
        assertEquals("contradicted", status(BODY_JUCHU + "質問回答書\n\nQ.3 従事者の氏名を報告する必要がありますか。\nA.3 必要ありません。\n", "W1"));
    }

    @Test
    void aYesToKeepingDataAfterTheEndContradictsErasure() {
        assertEquals("contradicted", status(declaredKou("Q. 契約終了後、入力した個人情報を保持してもよいか。\nA. 差し支えありません。\n"), "C5a"));
        assertEquals("contradicted", status(declaredKou("問2　業務の終了後も、個人情報を乙の事業所で保管しておくことは認められますか。\n答2　認めます。\n"), "C5a"));
    }

    @Test
    void aConditionOfApprovalInTheAnswerKeepsTheElement() {
        assertEquals("satisfied", status(declaredKou("問：個人情報の複製は認められるか。\n答：甲の承認を得た場合に限り認めます。\n"), "C3"));
        assertEquals("satisfied", status(BODY_JUCHU + "質問回答書\n\n質問5　業務の一部を再委託することはできますか。\n回答5　発注者の書面による承諾を得た場合に限り、可能とします。\n", "C2"));
    }

    @Test
    void aNoToMayCopyKeepsTheBan() {
        assertEquals("satisfied", status(declaredKou("Q1：作業の効率化のため、個人情報を複製してもよいか。\nA1：認められません。\n"), "C3"));
    }

    @Test
    void anAnswerThatOnlyRefersElsewhereCountsForNothing() {
        assertEquals("satisfied", status(declaredKou("問1　業務の終了後、個人情報を保管してもよいか。\n答1　仕様書のとおりです。\n"), "C5a"));
        assertEquals("satisfied", status(BODY_JUCHU + "質問回答書\n\n質問1：作業従事者名簿の提出は必要ですか。\n回答1：契約書第3条のとおりとします。\n", "W1"));
    }

    @Test
    void aQuestionAndAnswerNotDeclaredPartOfTheContractCountsForNothing() {
        // no declaration anywhere: the Q&A after the 仕様書 is not part of the contract
        assertEquals("satisfied", status(BODY_KOU + "質疑応答書\n\n問1　業務の終了後、個人情報を保管してもよいか。\n答1　差し支えありません。\n", "C5a"));
        // declared elsewhere, but this one says it is for reference only
        String table = "（参考）質問及び回答\n\n　本資料は参考として配布するものであり、契約の内容を構成するものではない。\n\n"
                + "No.　質問内容　回答\n1　作業従事者名簿の提出は必要か。　不要です。\n2　委託終了後も個人情報を保管してよいか。　受注者は、委託終了後も個人情報を保管して差し支えありません。\n";
        assertEquals("satisfied", status(BODY_JUCHU + table, "W1"));
    }

    @Test
    void aDeclaredTableRowIsReadLikeAMarkedPair() {
        String table = "質問回答書\n\nNo.　質問内容　回答\n1　作業従事者名簿の提出は必要か。　不要です。\n2　納品の形式は何か。　CSV形式とします。\n";
        assertEquals("contradicted", status(BODY_JUCHU + table, "W1"));
    }
}
