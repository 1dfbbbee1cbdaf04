package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.itaku.contract.verification.structure.DocumentParser;
import jp.itaku.contract.verification.structure.ParsedDocument;

/**
 * A part heading written in brackets (【別添】サービス約款（抜粋）, 〔別紙〕, [特記事項], 《仕様書》, 【契約書本文】) opens a new
 * part just like 「別記」「別紙」 on a line of their own: a 特記事項 after a vendor's 約款 is its own part, so that a
 * precedence statement in the body between the two decides a conflict (issue 11, document-level phenomena on other
 * authors' drafts). A bracketed article heading (【目的】) opens no part. Documents written for the test.
 */
class BracketPartHeadingTest {

    static String statuses(String text) {
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("bracket.txt", text);
        return "C2=" + r.element("C2").status() + " C5a=" + r.element("C5a").status() + " W2=" + r.element("W2").status();
    }

    static final String VENDOR_FIRST = "窓口予約システム利用契約書\n\n　西原市（以下「甲」という。）と株式会社まどぐちテック（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "【契約書本文】\n\n"
            + "第1条（目的）　乙は、甲に対し、窓口予約システムを提供する。\n"
            + "第2条（構成）　この契約は、この契約書、【別添】の利用約款及び【別記】の特記事項から成る。\n"
            + "%s"
            + "\n【別添】窓口予約サービス利用約款（抜粋）\n\n"
            + "第5条（委託）　当社は、当社の判断により、サービス運用の一部を協力会社に委託することがあります。\n"
            + "第6条（データの保持）　当社は、利用契約の終了後も、お客様データの複製を当社が定める期間保管します。\n"
            + "第7条（入館）　当社は、お客様による当社設備への立入りには応じません。\n"
            + "\n【別記】個人情報の取扱いに関する特記事項\n\n"
            + "第1　乙は、甲の書面による承諾を得ずに、この契約に係る個人情報の取扱いを第三者に委託してはならない。\n"
            + "第2　乙は、契約が終了したときは、保有する個人情報を直ちに復元できない方法で消去しなければならない。\n"
            + "第3　甲は、必要と認めるときは、乙の作業場所に立ち入り、個人情報の管理の状況を検査することができる。\n";

    @Test
    void aSpecialTermsPartInBracketsIsNotPartOfTheVendorsTermsBeforeIt() {
        String text = VENDOR_FIRST.formatted("第3条（優先）　利用約款と特記事項の定めが抵触するときは、特記事項の定めが優先して適用される。\n");
        assertEquals("C2=satisfied C5a=satisfied W2=satisfied", statuses(text));
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("bracket.txt", text);
        assertTrue(r.element("C2").evidence().get(0).article().startsWith("別記"), r.element("C2").evidence().toString());
    }

    @Test
    void negativeControlWithoutAPrecedenceStatementTheVendorsPermissionsStand() {
        assertEquals("C2=contradicted C5a=contradicted W2=contradicted",
                statuses(VENDOR_FIRST.formatted("第3条（協議）　この契約に定めのない事項は、甲乙協議して定める。\n")));
    }

    @Test
    void squareTortoiseAndDoubleAngleBracketsOpenPartsToo() {
        String text = "庁舎清掃業務委託契約書\n\n　発注者東山県（以下「発注者」という。）と受注者株式会社クリーンワーク（以下「受注者」という。）は、次のとおり契約する。\n\n"
                + "第1条　受注者は、別紙の仕様書に従い業務を行う。\n"
                + "第2条　弊社の利用条件と特記事項とが異なるときは、特記事項が優先するものとする。\n"
                + "\n〔別紙〕\nクリーンワーク利用条件\n\n"
                + "第1条　弊社は、お客様の事前の同意なく業務を協力会社に再委託できるものとします。\n"
                + "\n［特記事項］\n\n"
                + "1　受注者は、発注者の書面による事前の承認を得た場合を除き、業務を第三者に再委託してはならない。\n"
                + "\n《仕様書》\n\n"
                + "1　業務の場所は、東山県庁舎とする。\n";
        ParsedDocument d = DocumentParser.parse(text);
        assertEquals("|別紙:クリーンワーク利用条件|別添:特記事項|別添:仕様書",
                d.parts().stream().map(p -> p.name + (p.isMain() ? "" : ":" + p.title)).collect(Collectors.joining("|")));
        VerificationReport r = ClauseModelPhenomenaTest.VERIFIER.verifyText("bracket2.txt", text);
        assertEquals("satisfied", r.element("C2").status());
    }

    @Test
    void negativeControlABracketedArticleHeadingOpensNoPart() {
        String text = "保守業務委託契約書\n\n　機構と株式会社ホシュ（以下「受託者」という。）は、次のとおり契約する。\n\n"
                + "【目的】\n第1条　受託者は、機構の指示に従い保守業務を行う。\n"
                + "【個人情報の取扱い】\n第2条　受託者は、業務上知り得た個人情報を漏らしてはならない。\n";
        ParsedDocument d = DocumentParser.parse(text);
        assertEquals(1, d.parts().size());
        assertEquals("個人情報の取扱い", d.parts().get(0).articles.stream().filter(a -> a.label.equals("第2条")).findFirst().orElseThrow().heading);
    }
}
