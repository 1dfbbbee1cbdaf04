package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Vendor terms attached without a precedence clause that permit the opposite of the body's duty make the element
 * contradicted (SPEC Conventions, Precedence), in the vendor's own voice: 〜することがあります (C1b), choosing
 * subcontractors freely (C2), copying in the vendor's own way even as a plain statement (C3), keeping data at its
 * judgement (C5a). With a stated precedence of the contract, the same terms leave the body's duties standing.
 * Sentences written for the test.
 */
class VendorPermissionTest {

    static final String BODY = "文書管理システム利用契約書\n\n　北浜市（以下「甲」という。）と株式会社ドキュサーブ（以下「乙」という。）は、文書管理システムの提供について、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、別紙利用規約に従い、甲に本サービスを提供する。\n"
            + "第2条　乙は、本サービスで取り扱う個人情報を本業務以外の目的に利用してはならない。\n"
            + "第3条　乙は、甲の書面による承諾を得なければ、本業務を第三者に再委託してはならない。\n"
            + "第4条　乙は、甲の承諾なく個人情報を複製してはならない。\n"
            + "第5条　乙は、本契約が終了したときは、個人情報を消去しなければならない。\n";
    static final String PRECEDENCE = "第6条　この契約書の定めと利用規約の定めとが異なるときは、この契約書の定めが優先する。\n";
    static final String TERMS_HEAD = "\n別紙\n\nドキュサーブ利用規約\n\n第1条　株式会社ドキュサーブ（以下「当社」といいます。）は、本規約に従いお客様に本サービスを提供します。\n";

    static String status(String terms, String element, boolean precedence) {
        String text = BODY + (precedence ? PRECEDENCE : "") + TERMS_HEAD + "第2条　" + terms + "\n";
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("vendor.txt", text).element(element).status();
    }

    @Test
    void reuseForTheVendorsOwnServiceContradictsThePurposeLimitation() {
        assertEquals("contradicted", status("当社は、サービス向上のため、お客様データを利用することがあります。", "C1b", false));
        assertEquals("contradicted", status("当社は、AIの学習に、お客様が登録した個人情報を利用することができます。", "C1b", false));
        assertEquals("satisfied", status("当社は、サービス向上のため、お客様データを利用することがあります。", "C1b", true));
    }

    @Test
    void choosingSubcontractorsFreelyContradictsPriorApproval() {
        assertEquals("contradicted", status("当社は、委託先を任意に選定できます。", "C2", false));
        assertEquals("contradicted", status("当社は、当社の判断で再委託先を追加し、又は変更することがあります。", "C2", false));
        assertEquals("satisfied", status("当社は、お客様の書面による承諾を得て、再委託先を選定します。", "C2", false));
    }

    @Test
    void copyingInTheVendorsOwnWayContradictsTheCopyRuleEvenAsAPlainStatement() {
        assertEquals("contradicted", status("当社は、お客様データを、当社の定める周期で複製し、遠隔地に保管します。", "C3", false));
        assertEquals("contradicted", status("当社は、当社が適切と判断する方法により、お客様データを複製することがあります。", "C3", false));
        assertEquals("satisfied", status("当社は、お客様データを、当社の定める周期で複製し、遠隔地に保管します。", "C3", true));
        assertEquals("satisfied", status("当社は、お客様の指示に従い、お客様データを複製します。", "C3", false));
    }

    @Test
    void keepingTheDataAtTheVendorsJudgementContradictsErasure() {
        assertEquals("contradicted", status("当社は、契約終了後も、当社の判断によりお客様データを保持する場合があります。", "C5a", false));
        assertEquals("satisfied", status("当社は、契約終了後も、当社の判断によりお客様データを保持する場合があります。", "C5a", true));
    }
}
