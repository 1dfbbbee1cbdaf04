package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Drafts written in styles absent from the dev corpus (polite vendor terms, numbered lists with 一、, a specification
 * in which the lead sentence carries the subject, unusual party names), to check that the rules generalise.
 */
class StyleVariationTest {

    static final ContractVerifier VERIFIER = new ContractVerifier();

    static Map<String, String> statuses(VerificationReport r) {
        Map<String, String> m = new TreeMap<>();
        for (ElementResult e : r.elements()) {
            m.put(e.id(), e.status());
        }
        return m;
    }

    static void assertStatuses(String code, VerificationReport r) {
        String[] ids = {"C1a", "C1b", "C2", "C3", "C4", "C5a", "C5b", "C6a", "C6b", "W1", "W2", "D1"};
        StringBuilder actual = new StringBuilder();
        for (String id : ids) {
            String s = r.element(id).status();
            actual.append(s.equals("satisfied") ? 'S' : s.equals("missing") ? '-' : 'X');
        }
        assertEquals(code, actual.toString(), "C1a..D1 of " + r.file() + " " + statuses(r));
    }

    @Test
    void politeVendorTermsWithCustomerAndCompany() {
        String text = "窓口予約クラウドサービス利用及び運用業務委託契約書\n\n"
                + "西川市（以下「お客様」といいます。）と株式会社テストクラウド（以下「当社」といいます。）は、次のとおり合意します。\n\n"
                + "第1条（秘密保持）当社は、本業務に関して知り得た住民の個人情報を、第三者に開示し、又は漏えいしてはなりません。\n"
                + "第2条（再委託）当社は、お客様の事前の書面による承諾を得た場合を除き、本業務を第三者に再委託しないものとします。\n"
                + "第3条（複製）当社は、お客様の承諾なく個人情報を複製しません。\n"
                + "第4条（事故時の対応）当社は、個人情報の漏えいが発生したときは、速やかにお客様に報告し、お客様の指示に従います。\n"
                + "第5条（契約終了時の措置）当社は、本契約が終了したときは、お客様から預かった資料を返却し、保存している個人情報を復元できない方法で削除します。\n"
                + "第6条（解除）お客様は、当社が本契約に違反したときは、本契約を解除することができます。\n"
                + "第7条（損害賠償）当社は、本契約に違反してお客様に損害を与えたときは、その損害を賠償します。\n"
                + "第8条（監査）お客様は、当社における個人情報の管理状況について、監査を行うことができます。\n";
        assertStatuses("S-SSSSSSS-S-", VERIFIER.verifyText("polite.txt", text));
    }

    @Test
    void specificationListWithKanjiCommaNumbering() {
        String text = "特定検診受診券発送業務委託契約書\n\n"
                + "東川村（以下「発注者」という。）と有限会社印刷工房（以下「受注者」という。）は、次のとおり契約を締結する。\n\n"
                + "受注者は、本業務の実施に当たり、次の事項を遵守しなければならない。\n"
                + "一、業務上知り得た個人情報を他に漏らさないこと。契約終了後も同様とする。\n"
                + "二、個人情報を本業務以外の目的に使用しないこと。\n"
                + "三、発注者の承認を得ずに個人情報を複写し、又は複製しないこと。\n"
                + "四、個人情報に関する事故が発生したときは、直ちに発注者に報告し、その指示に従うこと。\n"
                + "五、業務完了後、発注者から貸与された資料を速やかに返還すること。\n";
        assertStatuses("SS-SS-S-----", VERIFIER.verifyText("spec.txt", text));
    }

    @Test
    void contradictionsWrittenDifferently() {
        String text = "データ入力業務委託契約書\n\n"
                + "南山町（以下「委託者」という。）と株式会社入力センター（以下「受託者」という。）は、次のとおり契約を締結する。\n\n"
                + "第3条　受託者は、業務の効率化のため、委託者の承認を要することなく、申請書の写しを作成することができる。\n"
                + "第4条　受託者は、その裁量により、業務の一部を協力会社に再委託することができる。この場合において、委託者への届出は要しない。\n"
                + "第5条　受託者は、申請書から得た個人情報を、受託者の商品の広告のために利用することができる。\n"
                + "第6条　受託者は、業務の履行に関し、委託者に生じたいかなる損害についても賠償の責任を負わない。\n";
        assertStatuses("-XXX----X---", VERIFIER.verifyText("contra.txt", text));
    }

    @Test
    void ministryPaperWithPartiesNamedByOffice() {
        String text = "請負契約書\n\n支出負担行為担当官 〇〇庁長官官房会計課長（以下「甲」という。）と株式会社統計総研（以下「乙」という。）は、次の条項により契約を締結する。\n\n"
                + "第1条　乙は、本件業務の実施に当たり知り得た個人情報を、他に漏らしてはならない。\n"
                + "第2条　乙は、甲の承認を得た場合を除き、本件業務を第三者に請け負わせてはならない。\n"
                + "第3条　乙は、本件業務の終了後、甲から貸与された調査票を甲に返却し、乙の電子計算機に記録された個人情報を消去しなければならない。\n"
                + "第4条　甲は、乙がこの契約に違反したときは、契約を解除し、乙に損害賠償を請求することができる。\n"
                + "第5条　甲は、必要と認めるときは、乙の事業所に立ち入り、個人情報の管理状況を調査することができる。\n"
                + "第6条　乙は、本件業務の責任者及び従事者の氏名を記載した体制表を甲に提出しなければならない。\n";
        assertStatuses("S-S--SSSSSS-", VERIFIER.verifyText("ministry.txt", text));
    }

    static VerificationReport one(String sentence) {
        return VERIFIER.verifyText("one.txt", "業務委託契約書\n\n北山市（以下単に「甲」という。）と株式会社北山計算（以下「乙」という。）は、次のとおり契約する。\n\n第1条　" + sentence + "\n");
    }

    @Test
    void variantPhrasingsAreRead() {
        assertEquals("satisfied", one("乙は、個人情報を第三者に漏えいしないよう厳重に管理しなければならない。").element("C1a").status());
        assertEquals("satisfied", one("乙は、個人情報を、本業務を遂行するためにのみ使用するものとする。").element("C1b").status());
        assertEquals("contradicted", one("乙は、本業務を再委託する場合、再委託後に甲に報告すれば足りる。").element("C2").status());
        assertEquals("satisfied", one("乙が本契約の規定に違反したときは、甲は本契約を解除できる。").element("C6a").status());
        assertEquals("satisfied", one("甲は、乙が本契約に違反した場合、乙に対し損害の賠償を請求できる。").element("C6b").status());
        assertEquals("missing", one("乙の損害賠償責任は、乙に故意又は重大な過失がある場合を除き、免除されるものとする。").element("C6b").status());
        assertEquals("satisfied", one("甲は、必要と認めるときは、乙の事務所に立ち入り、調査を行うことができる。").element("W2").status());
        assertEquals("contradicted", one("乙は、個人情報の漏えいが発生したときは、原因を調査し再発防止策を講じた上で、甲に報告する。").element("C4").status());
    }

    @Test
    void nearMissesInOtherWordings() {
        assertEquals("missing", one("乙は、貸与された鍵を紛失したときは、直ちに甲に報告しなければならない。").element("C4").status());
        assertEquals("missing", one("乙は、業務完了後、貸与された作業服を甲に返却しなければならない。").element("C5b").status());
        assertEquals("missing", one("乙は、複製したデータを紛失しないよう適切に管理しなければならない。").element("C3").status());
        assertEquals("missing", one("乙は、業務完了後、廃棄物を適切に処理しなければならない。").element("C5a").status());
        assertEquals("missing", one("天災その他の不可抗力により生じた損害については、乙は一切責任を負わない。").element("C6b").status());
    }

    @Test
    void vendorPaperThatCallsItselfKo() {
        String text = "システム運用業務委託契約書\n\n株式会社東都システム（以下「甲」という。）と西原市（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
                + "第1条　甲は、本業務に関して知り得た乙の住民の個人情報を第三者に漏らしてはならない。\n"
                + "第2条　乙は、甲から提供を受けた資料を複製してはならない。\n";
        VerificationReport r = VERIFIER.verifyText("vendor.txt", text);
        assertEquals("satisfied", r.element("C1a").status(), "甲 is the contractor here");
        assertEquals("missing", r.element("C3").status(), "a copy ban on the client (乙) does not count");
    }

    @Test
    void wordAutomaticNumberingLostInExtraction() {
        // what XWPFWordExtractor gives for a .docx whose 第N条 and (1) come from list numbering
        String text = "業務委託契約書\n北山市（以下「甲」という。）と株式会社北山計算（以下「乙」という。）は、次のとおり契約する。\n"
                + "（秘密の保持）\n乙は、業務に関して知り得た個人情報を他に漏らしてはならない。\n"
                + "（契約の解除）\n甲は、乙が次の各号のいずれかに該当するときは、この契約を解除することができる。\n"
                + "この契約に違反したとき。\n破産手続開始の申立てがあったとき。\n";
        VerificationReport r = VERIFIER.verifyText("auto.docx.txt", text);
        assertEquals("satisfied", r.element("C1a").status());
        assertEquals("（秘密の保持）", r.element("C1a").evidence().get(0).article());
        assertEquals("satisfied", r.element("C6a").status());
    }

    @Test
    void aBlankFieldOfAFormDoesNotTakeTheNextFieldAsItsText() {
        String text = "労働者派遣個別契約書\n\n　東山村（以下「派遣先」という。）と株式会社西峰スタッフ（以下「派遣元」という。）は、労働者派遣に関し次のとおり契約する。\n\n"
                + "【9】業務終了時のデータの削除　\n【10】その他　　この契約に定めのない事項は、基本契約の定めによる。\n";
        VerificationReport r = VERIFIER.verifyText("form.txt", text);
        assertEquals("missing", r.element("C5a").status());
    }

    @Test
    void decimalSectionNumbersOfASpecificationStartTheirOwnSection() {
        String text = "健診システム保守業務仕様書\n\n４．２　作業場所の確認\n　発注者は、受注者の作業場所において個人情報の取扱状況を検査することができる。\n"
                + "４．３　報告\n　受注者は、毎月の作業結果を発注者に報告すること。\n";
        VerificationReport r = VERIFIER.verifyText("spec.txt", text);
        assertEquals("satisfied", r.element("W2").status());
    }

    @Test
    void aPartyDefinedOnANumberedLineOfASpecificationIsNotTakenForAHeading() {
        String text = "窓口受付業務委託仕様書\n\n１　発注機関　南丘町（以下「町」という。）\n２　受注者　株式会社南丘サービス（以下「受注者」という。）\n\n"
                + "３　検査\n町は、受注者の事務室において個人情報の取扱状況を調査することができる。\n";
        VerificationReport r = VERIFIER.verifyText("spec.txt", text);
        assertEquals("satisfied", r.element("W2").status(), "町 is the client whose right this is");
    }

    @Test
    void aTableRowWhoseLabelIsTheTerminationWordStillReadsItsGround() {
        String text = "窓口受付業務委託仕様書\n\n　南丘町（以下「町」という。）と株式会社南丘サービス（以下「受注者」という。）は契約する。\n\n"
                + "項目 | 内容\n解除 | 町は、受注者が個人情報の取扱いに関する定めに違反したときは、契約を解除することができる。\n";
        VerificationReport r = VERIFIER.verifyText("table.txt", text);
        assertEquals("satisfied", r.element("C6a").status());
    }
}
