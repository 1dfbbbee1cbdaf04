package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A precedence statement limited to named articles covers only the elements whose clauses sit in those articles of the
 * document it names (「利用規約第4条及び第6条については、特記事項が優先する」 names the vendor's 4 and 6, not the
 * special terms' articles of the same numbers); a vendor clause outside that scope that permits the opposite still
 * stands and makes its element contradicted; a statement that names neither an article nor a topic applies to every
 * element. The statement may name the side that gives way (「特記事項の規定は、利用規約第6条の規定に優先する」). Documents
 * written for the test (issue 11, unseen hold-out: precedence limited in scope).
 */
class PrecedenceScopeTest {

    static final String HEAD = "図書館利用者管理システム提供契約書\n\n　南浜村（以下「甲」という。）と株式会社ライブラリネット（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    /** The special terms: erasure (1), purpose (2), subcontracting (3), inspection (4). */
    static final String SPECIAL_TERMS = "\n別記\n\n個人情報取扱特記事項\n\n"
            + "第1　乙は、契約が終了したときは、利用者の個人情報を復元できない方法により消去しなければならない。\n"
            + "第2　乙は、利用者の個人情報を本業務以外の目的に利用してはならない。\n"
            + "第3　乙は、甲の書面による承諾を得ないで、本業務を第三者に委託してはならない。\n"
            + "第4　甲は、必要があると認めるときは、乙の事業所において個人情報の管理状況を調査することができる。\n";
    /** The vendor's terms, numbered so that they collide with the special terms: subcontracting (1), retention (2), reuse (3), audit (4). */
    static final String VENDOR_TERMS = "\n別紙\n\nライブラリネット利用規約\n\n"
            + "第1条　当社は、お客様の承諾を得ることなく、本サービスの運用業務を外部の事業者に委託することができます。\n"
            + "第2条　当社は、契約終了後も、当社が必要と判断する期間、お客様データを保存することができます。\n"
            + "第3条　当社は、お客様データを当社の他のサービスの開発のために利用することができます。\n"
            + "第4条　当社は、お客様による当社施設への立入り及び監査には応じません。\n";

    static String statuses(String clause) {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("scope.txt", HEAD + clause + "\n" + SPECIAL_TERMS + VENDOR_TERMS);
        return "C1b=" + r.element("C1b").status() + " C2=" + r.element("C2").status() + " C5a=" + r.element("C5a").status()
                + " W2=" + r.element("W2").status();
    }

    @Test
    void articlesNamedWithTheVendorsDocumentAreTheVendorsArticles() {
        // the special terms' own 第1 (erasure) is not the vendor's 第1条 (subcontracting): retention still stands
        assertEquals("C1b=contradicted C2=satisfied C5a=contradicted W2=contradicted",
                statuses("第1条　利用規約第1条については、特記事項が優先する。"));
    }

    @Test
    void aListOfArticlesCarriesItsDocumentThroughTheList() {
        assertEquals("C1b=satisfied C2=satisfied C5a=contradicted W2=contradicted",
                statuses("第1条　利用規約第1条（業務の委託）及び第3条（データの利用）の規定については、特記事項の定めが優先して適用される。"));
    }

    @Test
    void bareArticleNumbersAreTheArticlesThatGiveWay() {
        assertEquals("C1b=contradicted C2=contradicted C5a=satisfied W2=satisfied",
                statuses("第1条　第2条及び第4条については、特記事項が優先する。"));
    }

    @Test
    void theStatementMayNameTheSideThatGivesWay() {
        assertEquals("C1b=contradicted C2=satisfied C5a=contradicted W2=satisfied",
                statuses("第1条　特記事項の規定は、利用規約第1条及び第4条の規定に優先する。"));
    }

    @Test
    void aScopeIntroducedByNiKagiriIsAScopeToo() {
        assertEquals("C1b=satisfied C2=contradicted C5a=contradicted W2=contradicted",
                statuses("第1条　利用規約第3条に定める事項に限り、特記事項が優先する。"));
    }

    @Test
    void aStatementNamingNoArticleAndNoTopicAppliesToEveryElement() {
        assertEquals("C1b=satisfied C2=satisfied C5a=satisfied W2=satisfied",
                statuses("第1条　この契約書及び特記事項と利用規約との間に矛盾があるときは、この契約書及び特記事項が優先する。"));
    }

    @Test
    void withoutAPrecedenceStatementEveryVendorPermissionStands() {
        assertEquals("C1b=contradicted C2=contradicted C5a=contradicted W2=contradicted",
                statuses("第1条　乙は、利用規約に従い本サービスを提供する。"));
    }
}
