package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A ranking of the documents decides a conflict between the vendor's terms and the agency's: the document ranked first
 * prevails, whether the ranking says 「…の順に優先する」, 「…の順とする」 or 「優先順位は、①…②…③…とする」. Ranked first,
 * the vendor's exclusion of liability empties the damages duty of the special terms (C6b contradicted); ranked last,
 * it gives way. An element only one side addresses is unaffected (C2 stays satisfied either way). Documents written for
 * the test (issue 11, document-level phenomena).
 */
class OrderedPrecedenceTest {

    static final String DRAFT = "施設予約サービス提供契約書\n\n　北野村（以下「村」という。）と株式会社よやくネット（以下「事業者」という。）は、次のとおり契約する。\n\n"
            + "第1条　事業者は、村に施設予約サービスを提供する。\n"
            + "第2条　%s\n"
            + "\n別紙\nよやくネット利用規約\n\n"
            + "第1条　当社は、お客様データの流出又は消失によりお客様が被った損害について、一切責任を負わないものとします。\n"
            + "\n別記\n個人情報取扱特記事項\n\n"
            + "第1　事業者は、村の書面による承諾を得ずに、業務を第三者に再委託してはならない。\n"
            + "第2　事業者は、この特記事項に違反して村に損害を与えたときは、その損害を賠償しなければならない。\n";

    static String statuses(String clause) {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("order.txt", DRAFT.formatted(clause));
        return "C2=" + r.element("C2").status() + " C6b=" + r.element("C6b").status();
    }

    @Test
    void theVendorsTermsRankedFirstPrevail() {
        assertEquals("C2=satisfied C6b=contradicted",
                statuses("この契約書、利用規約及び特記事項の間に矛盾があるときは、利用規約、この契約書、特記事項の順にその効力が優先する。"));
        assertEquals("C2=satisfied C6b=contradicted",
                statuses("この契約書、利用規約及び特記事項の優先順位は、①利用規約②この契約書③特記事項とする。"));
    }

    @Test
    void theSpecialTermsRankedFirstPrevail() {
        assertEquals("C2=satisfied C6b=satisfied", statuses("特記事項、この契約書、利用規約の順に優先して適用する。"));
        assertEquals("C2=satisfied C6b=satisfied",
                statuses("この契約書、利用規約及び特記事項の間に抵触があるときの適用の順序は、特記事項、この契約書、利用規約の順とする。"));
        assertEquals("C2=satisfied C6b=satisfied",
                statuses("各書類の優先順位は、(1)特記事項、(2)この契約書、(3)利用規約とします。"));
        assertEquals("C2=satisfied C6b=satisfied",
                statuses("この契約書、利用規約及び特記事項の間に抵触があるときは、特記事項、この契約書、利用規約の順とする。"));
    }

    @Test
    void negativeControlAnOrderOfWorkIsNoRanking() {
        // 「…の順に行う」 orders steps, not documents; without a ranking the vendor's exclusion stands
        assertEquals("C2=satisfied C6b=contradicted",
                statuses("事業者は、特記事項の説明、この契約書の締結、利用規約の確認の順に手続を進める。"));
    }
}
