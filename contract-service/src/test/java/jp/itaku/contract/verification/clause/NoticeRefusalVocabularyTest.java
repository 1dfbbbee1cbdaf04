package jp.itaku.contract.verification.clause;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The vocabulary of notice instead of approval (C2) and of a refused or replaced inspection (W2) means what it says:
 * a veto stops the subcontracting but an override after the objection does not; a refusal is not a condition that
 * mentions refusing; a certificate stands in for the audit only when the text says so.
 */
class NoticeRefusalVocabularyTest {

    @Test
    void anObjectionVetoesOnlyWhenItStopsTheSubcontracting() {
        Pattern veto = Vocabulary.pattern("objection-veto");
        assertTrue(veto.matcher("甲が異議を述べたときは、乙は当該再委託をしてはならない").find());
        assertTrue(veto.matcher("異議があった場合には、乙は再委託先を変更しなければならない").find());
        assertFalse(veto.matcher("異議が述べられた場合であっても、乙が措置を講じたときは、当該再委託先に委託することができる").find());
        assertFalse(veto.matcher("甲は、通知を受けた日から10日以内に異議を述べることができる").find());
    }

    @Test
    void aNoticeNamesTheSubcontractor() {
        Pattern n = Vocabulary.pattern("subcontractor-notice");
        assertTrue(n.matcher("再委託先の名称及び所在地を甲に届け出る").find());
        assertTrue(n.matcher("サブプロセッサーを追加する30日前までに管理者に通知する").find());
        assertFalse(n.matcher("個人情報の漏えいを甲に報告する").find());
    }

    @Test
    void aRefusalIsNotAConditionAboutRefusing() {
        Pattern r = Vocabulary.pattern("inspection-refusal");
        assertTrue(r.matcher("立入りによる監査はお受けしておりません").find());
        assertTrue(r.matcher("データセンターへの立入りはお断りしております").find());
        assertTrue(r.matcher("立入検査は、セキュリティ上の理由により実施できないものとします").find());
        assertFalse(r.matcher("乙が正当な理由なく調査に応じないときは、契約を解除することができる").find());
        assertFalse(r.matcher("乙は、甲の検査を拒んではならない").find());
        assertFalse(r.matcher("乙は、検査を受けないときは、その理由を報告する").find());
    }

    @Test
    void aCertificateStandsInForTheAuditOnlyWhenTheTextSaysSo() {
        Pattern d = Vocabulary.pattern("inspection-substitute");
        assertTrue(d.matcher("ISMAPへの登録をもって、監査及び実地調査に代えるものとします").find());
        assertTrue(d.matcher("証明書を提出したときは、お客様の監査の権利は行使されたものとみなします").find());
        assertFalse(d.matcher("当社は、ISMS認証の認証書の写しを提出します").find());
    }
}
