package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * C1b: a purpose limitation emptied by an exception for the contractor's own business — a proviso right after it, or
 * an exception inside it (promotion of its other services, its own analysis service for other clients, marketing) — or
 * a permission of such use in another part (仕様書) with no precedence stated: contradicted. An exception for a use the
 * client asks for stays satisfied. Sentences written for the test.
 */
class OwnPurposeProvisoTest {

    static final String KOU = "検診案内業務委託契約書\n\n　西谷市（以下「甲」という。）と株式会社メディカル西谷（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String HACCHU = "アンケート集計業務委託契約書\n\n　南浜県（以下「発注者」という。）と株式会社集計南浜（以下「受注者」という。）は、次のとおり契約を締結する。\n\n";
    static final String ITAKU = "会員管理業務委託契約書\n\n　一般財団法人東山協会（以下「委託者」といいます。）と株式会社メンバーズ東山（以下「受託者」といいます。）は、次のとおり契約を締結します。\n\n";

    static VerificationReport verify(String text) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("c1b.txt", text + "\n");
    }

    @Test
    void aProvisoForTheContractorsOwnBusinessEmptiesTheBan() {
        List<String> drafts = List.of(
                KOU + "第3条　乙は、甲から提供された受診者の個人情報を本業務の目的以外に利用してはならない。ただし、乙が提供する他のサービスの案内に利用する場合は、この限りでない。",
                HACCHU + "第3条　受注者は、回答者の個人情報を契約の目的以外の目的のために使用してはならない。ただし、受注者が他の顧客に提供する統計分析サービスのために使用するときは、この限りでない。",
                ITAKU + "第3条　受託者は、会員の個人情報を本業務の目的以外に利用しません。ただし、自社の商品の宣伝のために利用する場合はこの限りではありません。");
        for (String d : drafts) {
            VerificationReport r = verify(d);
            assertEquals("contradicted", r.element("C1b").status(), d);
            assertEquals(2, r.element("C1b").evidence().size(), "quotes the proviso and the ban it empties");
        }
    }

    @Test
    void anExceptionInsideTheBanForOwnMarketingEmptiesIt() {
        assertEquals("contradicted", verify(HACCHU + "第3条　受注者は、自社のマーケティングに利用する場合を除き、回答者の個人情報を本業務の目的以外に利用してはならない。")
                .element("C1b").status());
    }

    @Test
    void anExceptionForAUseTheClientAsksForKeepsTheBan() {
        assertEquals("satisfied", verify(KOU + "第3条　乙は、受診者の個人情報を本業務の目的以外に利用してはならない。ただし、甲の指示により受診結果の統計を作成する場合は、この限りでない。")
                .element("C1b").status());
        assertEquals("satisfied", verify(ITAKU + "第3条　受託者は、会員の個人情報を本業務の目的以外に利用しません。ただし、本人の同意を得て関係機関に提供する場合は、この限りではありません。")
                .element("C1b").status());
    }

    @Test
    void aPermissionInTheSpecificationAgainstABanInTheBodyIsContradictedQuotingIt() {
        VerificationReport r = verify(HACCHU + "第3条　受注者は、本業務で取得した回答者の個人情報を本業務の目的以外に利用してはならない。\n\n別添\n仕様書\n\n"
                + "1　業務内容　アンケートの集計を行う。\n2　データの利用　受注者は、本業務で取得した回答データを統計的に処理した上で、自社の地域分析サービスに活用することができる。");
        assertEquals("contradicted", r.element("C1b").status());
        assertTrue(r.element("C1b").evidence().stream().anyMatch(e -> e.text().contains("活用")), r.element("C1b").evidence().toString());
        assertTrue(r.element("C1b").evidence().stream().anyMatch(e -> e.text().contains("目的以外")), r.element("C1b").evidence().toString());
    }
}
