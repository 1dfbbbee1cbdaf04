package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * C5a: keeping the data after the end at the contractor's discretion empties the erasure duty, in the many ways a draft
 * says so (SPEC Conventions, C5a: 「keeping data after the end … at the contractor's discretion」): 〜場合があります /
 * 〜ことがある in vendor voice, 保有することができる, 保管を継続できる, the object left out right after the erasure duty,
 * a retention period the contractor sets. Retention that only the law requires, or that the client consents to, and a
 * bounded backup cycle keep C5a satisfied. Sentences written for the test.
 */
class RetentionAfterEndTest {

    static final String PREAMBLE = "健康診査結果入力業務委託契約書\n\n　東原町（以下「甲」という。）と株式会社ライフデータ（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String ERASE = "第8条　乙は、本契約が終了したときは、健診受診者の個人情報を復元できない方法により消去しなければならない。\n";

    static VerificationReport verify(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("retention.txt", PREAMBLE + body + "\n");
    }

    static String c5a(String body) {
        return verify(body).element("C5a").status();
    }

    @Test
    void retentionAtTheContractorsDiscretionContradictsErasureWhateverTheWording() {
        List<String> retentions = List.of(
                "第9条　乙は、本契約の終了後であっても、乙の判断により個人情報を保持する場合があります。",
                "第9条　乙は、委託期間の満了後、乙が相当と認める期間、個人情報を保有することができる。",
                "第9条　乙は、業務上必要な範囲で、本契約の終了後も個人情報の保管を継続できる。",
                "第9条　乙は、本契約の終了後も、苦情対応のため個人情報を保存することがある。",
                "第9条　本契約終了後における個人情報の保管期間は、乙が別に定める。");
        for (String r : retentions) {
            assertEquals("contradicted", c5a(ERASE + r), r);
        }
    }

    @Test
    void theRetentionRightAfterTheErasureDutyMayLeaveItsObjectOut() {
        VerificationReport r = verify("第8条　乙は、本契約が終了したときは、健診受診者の個人情報を消去しなければならない。\n"
                + "2　乙は、本契約の終了後も、乙が必要と認める期間保管することができる。");
        assertEquals("contradicted", r.element("C5a").status());
        assertEquals(2, r.element("C5a").evidence().size(), "quotes the retention and the erasure duty it empties");
    }

    @Test
    void anUnrelatedRecordKeptWithItsOwnObjectIsNoRetentionOfThePersonalInformation() {
        assertEquals("satisfied", c5a(ERASE + "2　乙は、本契約の終了後も、作業の工程表を乙が定める期間保管することができる。"));
    }

    @Test
    void retentionTheLawAloneRequiresKeepsErasure() {
        assertEquals("satisfied", c5a(ERASE + "2　乙は、法令により保存が義務付けられている帳簿については、本契約の終了後も法令に定める期間保存することができる。"));
        assertEquals("satisfied", c5a(ERASE + "2　乙は、法律の定めにより保存を要する記録を、本契約の終了後も当該法律に定める期間保管する。"));
    }

    @Test
    void theLawTogetherWithAGroundOfTheContractorsOwnDoesNot() {
        assertEquals("contradicted", c5a(ERASE + "2　乙は、法令に基づく場合その他乙が必要と認める場合には、本契約の終了後も個人情報を保存することができる。"));
    }

    @Test
    void groundsListedAsLetteredItemsAreJudgedByTheirWordsNotByTheLetters() {
        // both items are the law's: still the law alone
        assertEquals("satisfied", c5a(ERASE + "2　乙は、(a)税法により保存が義務付けられる帳簿及び(b)会計法令により保存を要する証憑については、本契約の終了後も当該法令に定める期間保存することができる。"));
        // the second item is the contractor's own archive: a ground of its own
        assertEquals("contradicted", c5a(ERASE + "2　乙は、(1)法令により保存が義務付けられる範囲及び(2)乙のアーカイブに保管されている範囲において、本契約の終了後も個人情報を保持することができる。"));
        assertEquals("contradicted", c5a(ERASE + "2　乙は、ア　法令により保存を要する場合、イ　乙の社内規程の方針に基づき保存する場合には、本契約の終了後も個人情報を保存することができる。"));
    }

    @Test
    void retentionWithTheClientsWrittenConsentOrABoundedBackupCycleKeepsErasure() {
        assertEquals("satisfied", c5a(ERASE + "2　乙は、甲の書面による同意を得たときは、本契約の終了後も、甲が定める期間に限り個人情報を保存することができる。"));
        assertEquals("satisfied", c5a(ERASE + "2　バックアップ媒体に記録された個人情報は、14日周期の上書きにより消去されるものとする。"));
    }

    @Test
    void keepingACopyBackOrAVendorsPlainStatementOfKeepingIsRetentionToo() {
        assertEquals("contradicted", c5a(ERASE + "2　乙は、本契約の終了後も、個人情報の写しを手元に残しておくことができる。"));
        assertEquals("contradicted", c5a(ERASE + "2　乙は、前条の規定にかかわらず、契約終了後の監査に備えるため、乙の定める期間、個人情報を保持します。"));
        assertEquals("contradicted", c5a(ERASE.replace("。\n", "。ただし、乙が今後の業務に役立つと判断した個人情報については、この限りでない。\n")));
    }

    @Test
    void safeKeepingUntilTheErasureIsNoRetentionAfterTheEnd() {
        assertEquals("satisfied", c5a(ERASE + "2　乙は、本契約の終了後、個人情報を消去するまでの間、これを施錠できる保管庫に保管しなければならない。"));
        assertEquals("satisfied", c5a(ERASE + "2　乙は、作業の完了後、作業記録の写しを手元に残さないものとする。"));
        assertEquals("contradicted", c5a(ERASE + "2　乙は、本契約の終了後も、乙が必要と認めて消去するまでの間、個人情報を保管することができる。"));
    }
}
