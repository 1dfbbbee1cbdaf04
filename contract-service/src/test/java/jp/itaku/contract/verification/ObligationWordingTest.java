package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Obligations read as "missing" though the text imposes them (issue 11). W1: the persons listed as items under a lead
 * sentence that makes the contractor (or lets the client make it) hand in a document — while a lead listing conditions
 * (「次の各号のいずれかに該当するときは」) or duties of conduct names no structure; a register or chart of the structure
 * reported. C1a in DPA wording: data kept confidential (「機密として取り扱い」「機密性を保持し」「秘密情報として管理し…
 * 防止する」). Sentences written for the test.
 */
class ObligationWordingTest {

    static final String CONTRACT = "住民票等交付窓口業務委託契約書\n\n西野市（以下「甲」という。）と株式会社ミナトサービス（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "（個人情報の保護）\n第1条　乙は、本業務で取り扱う個人情報を適正に管理しなければならない。\n";

    static final String DPA = "データ処理補遺\n\n本補遺は、東原町（以下「お客様」という。）と株式会社データフロー（以下「当社」という。）の間のサービス契約に付随するものです。\n\n"
            + "第1条（定義）\n「お客様データ」とは、お客様が本サービスに登録する住民の氏名、住所その他の個人情報をいいます。\n";

    static String status(String preamble, String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("wording.txt", preamble + body + "\n").element(element).status();
    }

    @Test
    void personsListedAsItemsUnderALeadThatSendsADocumentSatisfyW1() {
        assertEquals("satisfied", status(CONTRACT, "（実施体制）\n第2条　乙は、業務の開始前に、次に掲げる事項を記載した書面を甲に提出しなければならない。\n(1) 個人情報の管理責任者の氏名\n(2) 作業従事者の氏名及び所属", "W1"));
        assertEquals("satisfied", status(CONTRACT, "（責任者等）\n第2条　乙は、次の各号に掲げる者を選任し、その氏名を書面で甲に通知するものとする。\n一　個人情報管理責任者\n二　業務従事者", "W1"));
        assertEquals("satisfied", status(CONTRACT, "（書類）\n第2条　甲は、乙に対し、次に掲げる書類の提出を求めることができる。\nア　作業従事者の名簿\nイ　個人情報の管理体制図", "W1"));
    }

    @Test
    void aLeadListingConditionsOrConductNamesNoStructure() {
        assertEquals("missing", status(CONTRACT, "（報告）\n第2条　乙は、次の各号のいずれかに該当するときは、直ちに甲に報告しなければならない。\n(1) 作業従事者が個人情報を紛失したとき\n(2) 責任者が交代したとき", "W1"));
        assertEquals("missing", status(CONTRACT, "（遵守事項）\n第2条　乙は、次に掲げる事項を遵守しなければならない。\n(1) 作業従事者に対する教育の実施\n(2) 責任者による管理", "W1"));
    }

    @Test
    void aRegisterOrChartOfTheStructureReportedSatisfiesW1() {
        assertEquals("satisfied", status(CONTRACT, "（実施体制）\n第2条　乙は、個人情報の管理責任者及び作業従事者を定め、その名簿を甲に提出しなければならない。", "W1"));
        assertEquals("satisfied", status(CONTRACT, "（実施体制）\n第2条　乙は、業務の実施体制を示す体制図を作成し、業務開始前に甲に報告するものとする。", "W1"));
        assertEquals("missing", status(CONTRACT, "（責任者）\n第2条　乙は、個人情報の管理責任者を置かなければならない。", "W1"));
    }

    @Test
    void dataKeptConfidentialInDpaWordingSatisfiesC1a() {
        assertEquals("satisfied", status(DPA, "第2条（機密保持）\n当社は、お客様データを機密として取り扱うものとします。", "C1a"));
        assertEquals("satisfied", status(DPA, "第2条（機密保持）\n当社は、お客様データの機密性を保持し、権限のない者がアクセスできないようにします。", "C1a"));
        assertEquals("satisfied", status(DPA, "第2条（機密保持）\n当社は、お客様データを秘密情報として管理し、第三者への開示又は漏えいを防止するものとします。", "C1a"));
        // the vendor's own technical information is not personal information
        assertEquals("missing", status(DPA, "第2条（機密保持）\n当社は、本サービスの技術情報を機密として取り扱うものとします。", "C1a"));
    }
}
