package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C1b on vendor paper and in dispatch contracts (issue 11). A vendor calling itself 当社 that may use, or simply says it
 * uses, the client's data for its own business (自社サービスの開発, 品質向上, マーケティング) contradicts the purpose
 * limitation — also when the object is the data as received (「預託されたデータ」), named by an earlier sentence
 * (「前項の情報」「これらの情報」) or left unsaid, and with 「…することがあります」 / 「用いる」. Under the client's approval,
 * limited to the service, or negated it does not. A dispatch agency that must ensure its workers do not use the
 * information for other purposes (「使用させないようにしなければならない」) satisfies it. Sentences written for the test.
 */
class OwnPurposeUseTest {

    static final String VENDOR = "健診データ管理サービス利用規約\n\n本規約は、株式会社ヘルスリンク（以下「当社」という。）が提供する本サービスを、東浦町（以下「お客様」という。）が利用する条件を定めます。\n\n"
            + "第1条（個人情報の取扱い）\n当社は、お客様から預託された個人情報を本サービスの提供の目的以外に利用しません。\n";

    static final String UNDEFINED = "オンライン予約サービス規約\n\nこの規約は、当社が提供する施設予約サービスの利用条件を定めるものです。\n\n"
            + "第1条（個人情報）\n当社は、利用者の個人情報を適切に管理します。\n";

    static final String DISPATCH = "労働者派遣個別契約書\n\n北浜市（以下「派遣先」という。）と株式会社ワークネクスト（以下「派遣元」という。）は、労働者派遣に関し、次のとおり契約を締結する。\n\n"
            + "第1条（派遣業務）\n派遣元は、派遣先の窓口業務に派遣労働者を派遣する。\n";

    static String c1b(String preamble, String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("ownuse.txt", preamble + body + "\n").element("C1b").status();
    }

    @Test
    void theVendorMayUseTheDataForItsOwnServices() {
        assertEquals("contradicted", c1b(VENDOR, "第2条（統計データ）\n当社は、お客様の個人情報を統計的に加工した上で自社サービスの開発に利用できるものとします。"));
        assertEquals("contradicted", c1b(VENDOR, "第2条（二次利用）\n前条の規定にかかわらず、当社は、お客様の個人情報を当社製品の品質向上及びマーケティングのために使用することがあります。"));
    }

    @Test
    void theDataAsReceivedOrNamedByAnEarlierSentenceOrLeftUnsaidIsStillPersonal() {
        assertEquals("contradicted", c1b(VENDOR, "第2条（データの活用）\n当社は、預託されたデータを統計的に加工し、当社の他のサービスの開発及び改善に用いることができるものとします。"));
        assertEquals("contradicted", c1b(VENDOR, "第2条（利用）\n1. 当社は、本サービスの提供のため、個人情報を利用します。\n2. 当社は、前項の情報を匿名加工のうえ、自社の研究開発に利用することがあります。"));
        assertEquals("contradicted", c1b(UNDEFINED, "第2条（統計）\n当社は統計的に加工した上で自社サービスの開発に利用できる。"));
    }

    @Test
    void aPlainStatementThatTheVendorUsesItForItsOwnBusinessContradictsToo() {
        assertEquals("contradicted", c1b(VENDOR, "第2条（データの利用）\n当社は、お客様の個人情報を匿名化した上で、自社サービスの開発に利用させていただきます。"));
        assertEquals("contradicted", c1b(UNDEFINED, "第2条（データの利用）\n当社は、お客様から提供を受けたデータを、当社の新サービスの研究のために利用します。"));
    }

    @Test
    void approvalALimitToTheServiceOrANegationKeepsTheLimitation() {
        assertEquals("satisfied", c1b(VENDOR, "第2条（統計データ）\n当社は、お客様の事前の書面による同意を得た場合に限り、個人情報を統計的に加工した上で自社サービスの開発に利用できるものとします。"));
        assertEquals("satisfied", c1b(VENDOR, "第2条（データの利用）\n当社は、お客様の個人情報を、他の顧客の情報と区別して管理し、本サービスの提供のためにのみ利用します。"));
        assertEquals("satisfied", c1b(VENDOR, "第2条（利用の範囲）\n当社は、お客様の個人情報を自社の他のサービスに利用しないものとします。"));
        // statistics of the service's own operation name no personal information
        assertEquals("satisfied", c1b(VENDOR, "第2条（統計）\n当社は、本サービスの稼働状況に関する統計情報を作成し、サービスの改善に利用することができます。"));
    }

    @Test
    void theAgencyEnsuringItsWorkersDoNotUseItForOtherPurposesSatisfiesIt() {
        assertEquals("satisfied", c1b(DISPATCH, "第2条（個人情報）\n派遣元は、派遣労働者が派遣先の個人情報を目的外に使用しないようにしなければならない。"));
        assertEquals("satisfied", c1b(DISPATCH, "第2条（個人情報）\n派遣元は、派遣労働者に対し、住民の個人情報を業務の目的以外に利用させないようにしなければならない。"));
        assertEquals("satisfied", c1b(DISPATCH, "第2条（個人情報）\n派遣元は、派遣労働者が就業中に知り得た個人情報を派遣業務以外に使用しないよう監督するものとする。"));
        assertEquals("satisfied", c1b(DISPATCH, "第2条（個人情報）\n派遣元は、派遣労働者に、業務上知り得た派遣先の個人情報を派遣業務以外の目的に使用させてはならない。"));
    }
}
