package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Vendor terms in polite form waive or refuse the element's own duty as their plain forms do: 「…の義務を負いません」
 * (return, hand-over), 「…には応じません」 (audit, entry), 「…は要しません」 (approval, erasure), 「…することがあります」
 * (copying), and 「承諾を得ることなく…委託先を利用することができます」 is subcontracting without approval. With the
 * client's approval the same act keeps the duty. Sentences written for the test.
 */
class PoliteWaiverTest {

    static final String BODY = "健診データ保管サービス契約書\n\n　川北市（以下「委託者」という。）と株式会社メディストア（以下「受託者」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　受託者は、別紙サービス約款に従い、本サービスを提供する。\n"
            + "第2条　受託者は、委託者の書面による承認を得なければ、本業務を第三者に再委託してはならない。\n"
            + "第3条　受託者は、委託者の承認なく個人情報を複製してはならない。\n"
            + "第4条　受託者は、契約が終了したときは、個人情報を記録した媒体を委託者に返還し、個人情報を消去しなければならない。\n"
            + "第5条　委託者は、受託者の事業所に立ち入り、個人情報の管理状況を検査することができる。\n";
    static final String TERMS = "\n別紙\n\nメディストア　サービス約款\n\n第1条　株式会社メディストア（以下「当社」といいます。）は、本約款に従いお客様に本サービスを提供します。\n";

    static String status(String term, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("polite.txt", BODY + TERMS + "第2条　" + term + "\n")
                .element(element).status();
    }

    @Test
    void noDutyToReturnOrHandOverInPoliteFormContradicts() {
        assertEquals("contradicted", status("当社は、契約終了後、お客様データを返却する義務を負いません。", "C5b"));
        assertEquals("contradicted", status("当社は、サービス終了時におけるお客様データの引渡しの義務を負いません。", "C5b"));
        assertEquals("contradicted", status("当社は、解約後の媒体の返還には応じません。", "C5b"));
        // the plain form reads the same
        assertEquals("contradicted", status("受託者は、契約終了後の資料の返還の求めに応じない。", "C5b"));
    }

    @Test
    void refusingAuditsOrEntryInPoliteFormContradicts() {
        assertEquals("contradicted", status("当社は、お客様による当社施設への立入りには応じません。", "W2"));
        assertEquals("contradicted", status("当社は、お客様又はお客様が指定する者による監査の実施には応じかねます。", "W2"));
        assertEquals("contradicted", status("当社は、お客様が当社のデータセンターを実地に調査する求めには応じません。", "W2"));
    }

    @Test
    void waivingApprovalOrErasureInPoliteFormContradicts() {
        assertEquals("contradicted", status("当社がお客様データを複製する場合、お客様の承諾は要しません。", "C3"));
        assertEquals("contradicted", status("当社は、障害対策のため、お客様データを複数の拠点に複製することがあります。", "C3"));
        assertEquals("contradicted", status("契約終了後のバックアップデータの消去は要しません。", "C5a"));
        assertEquals("contradicted", status("受託者が個人情報を複製するときは、委託者の承認を要しない。", "C3"));
        // a ban on copying without approval is no waiver
        assertEquals("satisfied", status("当社は、お客様の承諾を得ることなく、お客様データを複製することはできません。", "C3"));
    }

    @Test
    void usingContractorsWithoutApprovalInPoliteFormContradicts() {
        assertEquals("contradicted", status("当社は、お客様の承諾を得ることなく、委託先を利用して本サービスを提供することができます。", "C2"));
        assertEquals("contradicted", status("当社は、お客様の同意なく、データセンター事業者を使用することができます。", "C2"));
        assertEquals("contradicted", status("当社は、当社の判断により、外部委託先を活用することがあります。", "C2"));
    }

    @Test
    void theSameActsWithTheClientsApprovalKeepTheDuty() {
        assertEquals("satisfied", status("当社は、あらかじめお客様の書面による承諾を得た場合に限り、委託先を利用することができます。", "C2"));
        assertEquals("satisfied", status("当社は、お客様の承認を得て、お客様データを複製することがあります。", "C3"));
        String all = status("当社は、お客様の求めに応じて、当社施設への立入りによる監査をお受けします。", "W2");
        assertTrue(all.equals("satisfied"), all);
    }
}
