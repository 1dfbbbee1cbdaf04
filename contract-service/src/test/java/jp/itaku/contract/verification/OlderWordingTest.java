package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jp.itaku.contract.verification.normalize.CharNormalizer;

/**
 * Older (Showa-era and earlier) legal writing (issue 11, unseen hold-out: older wording): katakana okurigana
 * (「乙ハ…スベシ」), 旧字体 (條, 寫, 體, 從 …), the older modal endings (〜すべし, 〜すべからず, 〜することを得ず /
 * 〜することを得, 〜してはならぬ, 〜ものとす, 〜負わぬ, 〜せしめる), 「此ノ限ニ在ラズ」 and references such as 「前各号」.
 * Katakana becomes hiragana, old forms new forms, one char for one, so offsets stay exact. Sentences written for the
 * test, in wordings neither dev set nor the own drafts use.
 */
class OlderWordingTest {

    static final String PREAMBLE = "戸籍事務電算処理委託契約書\n\n　東雲村（以下「甲」という。）と株式会社東雲電算（以下「乙」という。）とは、次のとおり契約を締結する。\n\n";
    static final String KATAKANA_PREAMBLE = "戸籍事務電算処理委託契約書\n\n　東雲村（以下「甲」ト称ス）ト株式会社東雲電算（以下「乙」ト称ス）トハ左ノ通リ契約ス。\n\n";

    static String status(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("older.txt", PREAMBLE + body + "\n").element(element).status();
    }

    static String katakana(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("older.txt", KATAKANA_PREAMBLE + body + "\n").element(element).status();
    }

    // ---- katakana okurigana

    @Test
    void aKatakanaOkuriganaLineIsReadAsHiraganaKeepingLoanwordsAndOffsets() {
        String line = "乙ハ磁気テープ及データヲ消去スベシ。";
        String n = CharNormalizer.normalize(line, 0, line.length()).s;
        assertEquals("乙は磁気テープ及データを消去すべし。", n);
        assertEquals(line.length(), n.length());
    }

    @Test
    void aModernLineWithLoanwordsIsLeftAsItIs() {
        String line = "個人情報ファイル簿ノースデータ株式会社";
        assertEquals(line, CharNormalizer.normalize(line, 0, line.length()).s);
        String mixed = "乙は、データをバックアップする。";
        assertEquals(mixed, CharNormalizer.normalize(mixed, 0, mixed.length()).s);
    }

    @Test
    void katakanaConfidentialityBanWithNaranuIsSatisfied() {
        assertEquals("satisfied", katakana("第二條　乙ハ業務上知リ得タル個人情報ヲ他ニ漏ラシテハナラヌ。契約終了後モ亦同ジ。", "C1a"));
    }

    @Test
    void katakanaSubcontractingDeniedWithKotoWoEzuIsSatisfied() {
        assertEquals("satisfied", katakana("第三條　乙ハ甲ノ書面ニ依ル承諾ナクシテ本業務ヲ他人ニ委託スルコトヲ得ズ。", "C2"));
    }

    @Test
    void katakanaProvisoOnTheContractorsJudgementEmptiesTheCopyingBan() {
        assertEquals("contradicted", katakana("第四條　乙ハ個人情報ヲ記録シタル資料ヲ複製シテハナラナイ。但シ乙ニ於テ必要アリト認ムルトキハ此ノ限ニ在ラズ。", "C3"));
    }

    @Test
    void katakanaProvisoNeedingTheClientsApprovalKeepsTheCopyingBan() {
        assertEquals("satisfied", katakana("第四條　乙ハ個人情報ヲ記録シタル資料ヲ複製シテハナラナイ。但シ甲ノ承認ヲ得タルトキハ此ノ限ニ在ラズ。", "C3"));
    }

    @Test
    void katakanaInspectionRightWithKotoWoUIsSatisfied() {
        assertEquals("satisfied", katakana("第九條　甲ハ何時ニテモ乙ノ事務所ニ立入リ個人情報ノ管理ノ状況ヲ検査スルコトヲ得。", "W2"));
    }

    // ---- 旧字体

    @Test
    void oldCharacterFormsAreReadAsTheirNewForms() {
        assertEquals("satisfied", status("第五條　乙は、甲の承諾を得ずして、個人情報を複寫し、又は複製してはならない。", "C3"));
        assertEquals("satisfied", status("第七條　乙は、業務完了の後、個人情報を記録した媒體を速やかに甲に返還しなければならない。", "C5b"));
    }

    @Test
    void anOldArticleNumberIsAnArticle() {
        String line = "第十二條　乙は";
        assertEquals("第12条 乙は", CharNormalizer.normalize(line, 0, line.length()).s);
    }

    // ---- older modal endings in hiragana

    @Test
    void subekiAndSubekarazuBindTheContractor() {
        assertEquals("satisfied", status("第六条　乙は、個人情報の漏洩、滅失その他の事故が生じたときは、直ちに甲に報告し、その指示に従うべし。", "C4"));
        assertEquals("satisfied", status("第三条　乙は、甲より受けたる個人情報を業務以外の目的に使用すべからず。", "C1b"));
    }

    @Test
    void monoToSuIsAnObligation() {
        assertEquals("satisfied", status("第八条　乙は、業務完了の後、個人情報を記録した電磁的記録を復元不能な方法により消去するものとす。", "C5a"));
    }

    @Test
    void owanuMonoToSuExcludesLiabilityForLeaks() {
        assertEquals("contradicted", status("第十条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならぬ。\n２　前項の規定にかかわらず、乙は、個人情報の漏洩に因る損害については、賠償の責を負わぬものとす。", "C6b"));
    }

    @Test
    void keepingAtTheContractorsJudgementWithKotoWoUContradictsErasure() {
        assertEquals("contradicted", status("第八条　乙は、業務完了の後、資料を甲に返還し、電磁的記録を消去すべし。ただし、乙において必要と認むるものは、業務完了の後もこれを保存することを得る。", "C5a"));
    }

    @Test
    void workersMadeToObserveAListBindEachItem() {
        String body = "第一条　派遣元は、派遣労働者をして、次の各号に掲げる事項を守らせなければならない。\n一　業務上知り得た個人の秘密を他に漏らさぬこと。\n二　個人情報を業務の目的以外に使用せぬこと。";
        assertEquals("satisfied", ClauseModelPhenomenaTest.VERIFIER.verifyText("older.txt",
                "労働者派遣個別契約書\n\n　東雲村（以下「派遣先」という。）と株式会社東雲人材（以下「派遣元」という。）とは、労働者派遣について次のとおり契約する。\n\n" + body + "\n")
                .element("D1").status());
    }
    // ---- whole katakana clauses for C1a, C1b, C4 (issue 11, older wording); parties and a data term defined without
    // quotes 「（以下甲ト稱ス）」「（以下帳票ト稱ス）」

    static final String UNQUOTED_PREAMBLE = "住民票写交付事務委託契約書\n\n　委託者柳沢村（以下甲ト稱ス）ト受託者柳沢事務センター株式會社（以下乙ト稱ス）トハ左ノ通リ契約ス。\n\n";

    static String unquoted(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("older.txt", UNQUOTED_PREAMBLE + body + "\n").element(element).status();
    }

    @Test
    void katakanaSecrecyOfAPersonsCircumstancesWithKotoWoEzuIsConfidentiality() {
        assertEquals("satisfied", unquoted("第三條　乙ハ本業務ニ依リ知得シタル村民ノ身上ニ關スル事項ヲ他ニ洩ラスコトヲ得ズ。契約終了ノ後ト雖モ亦同ジ。", "C1a"));
        assertEquals("satisfied", unquoted("第三條　乙ハ業務上知リ得タル戸籍ノ記載事項ヲ何人ニモ漏ラスベカラズ。", "C1a"));
    }

    @Test
    void katakanaOtherUseOfATermDefinedWithoutQuotesIsPurposeLimitation() {
        assertEquals("satisfied", unquoted("第四條　乙ハ甲ヨリ貸渡シヲ受ケタル住民票ノ写（以下帳票ト稱ス）ヲ本業務以外ノ用途ニ供スルコトヲ得ズ。", "C1b"));
    }

    @Test
    void katakanaReportAndReceiveInstructionsWithNaoniAndUkubeshiIsSatisfied() {
        String defs = "第四條　乙ハ甲ヨリ貸渡シヲ受ケタル住民票ノ写（以下帳票ト稱ス）ヲ善良ナル管理者ノ注意ヲ以テ保管スベシ。\n";
        assertEquals("satisfied", unquoted(defs + "第七條　乙ハ帳票ノ紛失、盗難其ノ他ノ事故アリタルトキハ直ニ甲ニ報告シ其ノ指示ヲ受クベシ。", "C4"));
        assertEquals("satisfied", unquoted("第七條　乙ハ個人情報ノ漏洩アリタルトキハ遅滞ナク之ヲ甲ニ届出デ、甲ノ指示ニ從ヒ之ガ處理ヲ爲スベシ。", "C4"));
    }

    @Test
    void katakanaHandlingFirstAndReportingTheOutcomeAfterwardsContradictsTheIncidentDuty() {
        assertEquals("contradicted", unquoted("第七條　乙ハ個人情報ノ漏洩アリタルトキハ先ヅ乙ノ責任ニ於テ之ガ處理ヲ爲シ、其ノ顛末ヲ事後ニ甲ニ報告スベシ。", "C4"));
    }

    @Test
    void naoniIsPromptButSotchokuNiIsNot() {
        assertEquals("satisfied", unquoted("第七條　乙ハ個人情報ノ漏洩アリタルトキハ直ニ甲ニ報告シ其ノ指示ニ從フベシ。", "C4"));
        assertEquals("missing", unquoted("第七條　乙ハ個人情報ノ漏洩アリタルトキハ率直ニ甲ニ報告シ其ノ指示ニ從フベシ。", "C4"));
    }

    @Test
    void katakanaSubcontractingByTheClassicalCausativeIsDenied() {
        assertEquals("satisfied", unquoted("第五條　乙ハ本業務ノ全部又ハ一部ヲ他人ニ請負ハシムルコトヲ得ズ。", "C2"));
    }
    @Test
    void olderOtherUseWithYouNiKyousuAndInstructionsAsSashizu() {
        assertEquals("satisfied", unquoted("第四條　乙ハ本業務ニ依リ知得シタル村民ノ個人情報ヲ業務以外ノ用ニ供スベカラズ。", "C1b"));
        assertEquals("satisfied", unquoted("第七條　乙ハ個人情報ノ亡失アリタルトキハ直チニ甲ニ通報シ、甲ノ指圖ニ從フベシ。", "C4"));
    }
    @Test
    void sourobunPledgesWithMajikuSourouAndBekuSourouBindTheContractor() {
        assertEquals("satisfied", katakana("一　乙ハ本業務ニ依リ知得シタル村民ノ個人情報ヲ他ニ漏洩致ス間敷候。", "C1a"));
        assertEquals("satisfied", katakana("一　乙ハ甲ノ許可ナクシテ個人情報ヲ記録シタル帳簿ヲ複寫致ス間敷候。", "C3"));
        assertEquals("satisfied", katakana("一　乙ハ個人情報ノ紛失盗難等ノ事故有之候節ハ直チニ甲ニ報告シ其ノ指示ニ從ヒ可申候。", "C4"));
    }
}
