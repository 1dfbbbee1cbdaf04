package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Special terms (特記事項, 契約書) that refer to the vendor's terms (利用規約・約款) included in the same text (issue 11,
 * SPEC Conventions, Precedence): the vendor terms applying "except where the special terms differ" make the special
 * terms prevail without the word 優先; the vendor's own 「本規約が優先します」 decides when the agency's text is silent;
 * a vendor clause that permits the opposite contradicts unless a precedence statement disapplies it, and counts for
 * nothing when disapplied — but only where the prevailing side speaks on the element. Sentences written for the test.
 */
class VendorTermsPrecedenceTest {

    static ElementResult element(String text, String id) {
        return ClauseModelPhenomenaTest.verify(text + "\n").element(id);
    }

    static List<String> evidence(ElementResult r) {
        return r.evidence().stream().map(Evidence::text).toList();
    }

    private static final String AGENCY = "第1条　乙は、甲の書面による事前の承認を得なければ、本件業務を第三者に委託してはならない。\n"
            + "第2条　乙は、契約が終了したときは、本件個人情報を復元できない方法で消去しなければならない。\n";

    private static final String VENDOR = "\n別添　クラウドサービス利用規約\n\n"
            + "第1条　当社は、当社の判断により、サブプロセッサーを含む第三者に本サービスの運用の一部を委託することができます。\n"
            + "第2条　当社は、サービス終了後も、当社所定の期間、お客様データを保持することがあります。\n"
            + "第3条　当社は、お客様に生じたいかなる損害についても責任を負いません。\n";

    @Test
    void vendorTermsApplyingExceptWhereTheSpecialTermsDifferAreDisappliedWhereTheyDiffer() {
        for (String statement : List.of(
                "第3条　クラウドサービス利用規約は、この契約と異なる定めがある部分を除き、本件業務に適用する。\n",
                "第3条　利用規約は、本契約に定めのない事項に限り適用するものとする。\n",
                "第3条　利用規約の規定のうち、この契約書の規定と抵触する部分は、適用しない。\n",
                "第3条　約款は、この契約に反しない限りにおいて適用される。\n")) {
            String text = AGENCY + statement + VENDOR;
            ElementResult c2 = element(text, "C2");
            assertEquals("satisfied", c2.status(), statement + c2.explanation());
            assertFalse(evidence(c2).stream().anyMatch(t -> t.contains("当社の判断")), "the disapplied clause is not cited");
            assertEquals("satisfied", element(text, "C5a").status(), statement);
            // the contract says nothing on damages: the vendor's exclusion differs from nothing and stands
            assertEquals("contradicted", element(text, "C6b").status(), statement);
        }
    }

    @Test
    void theVendorsOwnPrecedenceDecidesWhenTheAgencysTextIsSilent() {
        String text = AGENCY + VENDOR + "第4条　本規約と個別契約その他の合意の内容が異なるときは、本規約が優先するものとします。\n";
        ElementResult c2 = element(text, "C2");
        assertEquals("contradicted", c2.status());
        assertTrue(evidence(c2).get(0).contains("当社の判断"), evidence(c2).toString());
        assertEquals("contradicted", element(text, "C5a").status());
        String silentVendor = "第1条　乙は、甲の承認を得ずに本件個人情報を複製してはならない。\n" + VENDOR
                + "第4条　本規約の定めは、個別契約の定めに優先します。\n";
        assertEquals("satisfied", element(silentVendor, "C3").status(), "the vendor says nothing on copying: the contract stands");
    }

    @Test
    void theAgencysStatementWinsOverTheVendorsOwn() {
        String text = AGENCY + "第3条　特記事項と利用規約の定めが異なるときは、この契約の定めが優先する。\n" + VENDOR
                + "第4条　本規約と個別契約の定めが異なるときは、本規約が優先します。\n";
        assertEquals("satisfied", element(text, "C2").status());
        assertEquals("satisfied", element(text, "C5a").status());
    }

    @Test
    void withoutAnyPrecedenceStatementTheVendorsPermissionContradicts() {
        String text = AGENCY + VENDOR;
        ElementResult c2 = element(text, "C2");
        assertEquals("contradicted", c2.status());
        assertTrue(evidence(c2).stream().anyMatch(t -> t.contains("当社の判断")));
        assertTrue(evidence(c2).stream().anyMatch(t -> t.contains("事前の承認")), "the obligation it empties is quoted too");
        assertEquals("contradicted", element(text, "C5a").status());
    }

    @Test
    void aGapFillingClauseNamingOneDocumentOnlyIsNoPrecedence() {
        String text = AGENCY + "第3条　この契約に定めのない事項は、甲乙協議して定める。\n" + VENDOR;
        assertEquals("contradicted", element(text, "C2").status());
    }
}
