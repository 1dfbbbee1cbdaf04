package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * C2 with notice instead of approval (SPEC Conventions, C2; issue 11): the contractor only names its subcontractor to
 * the client, and the client may at most object without a veto; or nothing else in the draft bans subcontracting or
 * makes it need approval. Blanket or deemed approval is no approval either. An objection that stops the subcontracting,
 * or a notice inside an article that requires approval, keeps the restriction. Sentences written for the test.
 */
class SubcontractNoticeTest {

    static final String PREAMBLE = "健康診査結果入力業務委託契約書\n\n南川市（以下「甲」という。）と株式会社東和情報（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "（個人情報の保護）\n第1条　乙は、本業務で取り扱う個人情報を適正に管理しなければならない。\n";

    static final String DPA = "データ処理契約\n\n本データ処理契約は、西原町（以下「管理者」という。）と株式会社クラウドベース（以下「処理者」という。）との間で締結される。\n\n"
            + "第1条（個人データの処理）\n処理者は、管理者の文書化された指示に従ってのみ個人データを処理するものとする。\n";

    static String c2(String preamble, String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("notice.txt", preamble + body + "\n").element("C2").status();
    }

    static String c2(String body) {
        return c2(PREAMBLE, body);
    }

    @Test
    void noticeOfTheSubcontractorWithAnObjectionRightInOneSentenceIsContradicted() {
        assertEquals("contradicted", c2("（再委託）\n第2条　乙は再委託先を甲に通知し、甲は異議を述べることができる。"));
        assertEquals("contradicted", c2("（再委託）\n第2条　乙は、再委託先を選定したときは甲に通知するものとし、甲は当該再委託先について異議を述べることができる。"));
    }

    @Test
    void theObjectionRightInTheNextSentenceOrParagraphCountsToo() {
        assertEquals("contradicted", c2("（再委託先）\n第2条　乙は、再委託先の変更を甲に通知する。甲は、合理的な理由がある場合に限り、異議を申し立てることができる。"));
        assertEquals("contradicted", c2(DPA, "第2条（委託先）\n処理者は、委託先を変更する場合、管理者に通知します。\n2　管理者は、通知受領後14日以内に書面で異議を述べることができます。"));
        assertEquals("contradicted", c2(DPA, "第2条（サブプロセッサー）\n処理者は、新たなサブプロセッサーを追加する30日前までに管理者に通知するものとし、管理者は当該追加に異議を述べることができる。"));
    }

    @Test
    void noticeOfTheSubcontractorWithNothingElseIsContradicted() {
        assertEquals("contradicted", c2("（再委託先）\n第2条　乙は、再委託先の名称及び住所を甲に届け出るものとする。"));
        assertEquals("contradicted", c2("（協力会社）\n第2条　乙は、協力会社の名称及び担当する業務の範囲を、あらかじめ甲に書面で報告する。"));
    }

    @Test
    void blanketOrDeemedApprovalIsContradicted() {
        assertEquals("contradicted", c2("（再委託）\n第2条　乙が再委託先を追加するときは、甲はこれをあらかじめ承諾したものとみなす。"));
        assertEquals("contradicted", c2("（再委託）\n第2条　甲は、乙が別紙に掲げる事業者に本業務の一部を再委託することを包括的に承諾する。"));
        assertEquals("contradicted", c2("（再委託）\n第2条　乙は、本業務を第三者に委託してはならない。\n2　前項の規定にかかわらず、乙が再委託先の名称を事前に甲へ届け出たときは、甲はこれを承諾したものとみなす。"));
    }

    @Test
    void anObjectionThatStopsTheSubcontractingIsNoContradiction() {
        assertNotEquals("contradicted", c2("（再委託）\n第2条　乙は、再委託先を甲に通知し、甲が異議を述べたときは、当該再委託先に業務を行わせてはならない。"));
    }

    @Test
    void aNoticeUnderAnApprovalRequirementKeepsTheRestriction() {
        assertEquals("satisfied", c2("（再委託）\n第2条　乙は、甲の承諾を得ずに本業務を第三者に再委託してはならない。\n2　乙は、再委託先の名称及び住所を甲に届け出るものとする。"));
        assertEquals("satisfied", c2("（再委託）\n第2条　乙は、あらかじめ甲の承諾を得た場合を除き、本業務を第三者に委託してはならない。\n"
                + "2　乙は、前項の承諾を得たときは、再委託先を甲に通知する。甲は、再委託先の管理体制に異議があるときは、その旨を乙に述べることができる。"));
        // the restriction stated in another article, the notice in its own
        assertEquals("satisfied", c2("（再委託の禁止）\n第2条　乙は、本業務を第三者に再委託してはならない。ただし、甲の書面による承諾を得たときは、この限りでない。\n"
                + "（再委託先の届出）\n第3条　乙は、再委託先の名称及び所在地を甲に届け出なければならない。"));
    }
}
