package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Plain-language drafts of small towns (issue 11: 「わかりやすい契約書」): the parties named in plain words
 * (「…株式会社（以下「会社」といいます。）」, 町, 受託者), obligations as polite plain statements (「…しません」「…します」
 * 「…してください」, vocabulary/modality-plain.txt), 「・」 lists under a lead sentence, an exception the town controls said
 * in so many words (「町が「写してよい」と言ったとき以外は」), and everyday verbs for the concepts (話す, 任せる, 知らせる,
 * なくす, 返す, 消す, やめる, 弁償, 確かめる). Sentences written for the test, not taken from any draft.
 */
class PlainLanguageTest {

    static final String TOWN = "子育て支援アンケート集計の仕事の契約書\n\n　青葉町（以下「町」といいます。）と青葉リサーチ株式会社（以下「会社」といいます。）は、"
            + "アンケートを集計する仕事（以下「この仕事」といいます。）について、次のとおり約束します。\n\n";
    static final String JUTAKU = "見守り訪問の仕事の契約書\n\n　みどり村（以下「村」という。）と一般社団法人みどり福祉会（以下「受託者」という。）は、"
            + "次のとおり約束します。\n\n";

    static String town(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("plain.txt", TOWN + body + "\n").element(element).status();
    }

    static String mura(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("plain.txt", JUTAKU + body + "\n").element(element).status();
    }

    // ---- C1a: telling nobody, also after the work

    @Test
    void tellingNobodyWhatTheWorkRevealedIsConfidentiality() {
        assertEquals("satisfied", town("３　秘密を守ること\n　会社は、仕事で知ったことは、誰にも話しません。仕事が終わった後も同じです。", "C1a"));
        assertEquals("satisfied", mura("第５条　受託者は、訪問で知った住民の暮らしのことを、ほかの人に教えたり見せたりしません。", "C1a"));
    }

    @Test
    void aPlainPermissionToTellOthersIsNotConfidentiality() {
        assertEquals("missing", town("３　会社は、仕事で知ったことを、会社の中で話し合うことがあります。", "C1a"));
    }

    // ---- C3: the town saying yes in so many words

    @Test
    void copyingOnlyWhenTheTownSaysSoIsSatisfiedAlsoAsABulletUnderALeadSentence() {
        assertEquals("satisfied", town("４　名簿の扱い\n　会社は、名簿について、次のことを守ります。\n　・町が「写してよい」と言ったとき以外は、名簿をコピーしません。", "C3"));
        assertEquals("satisfied", town("４　会社は、町が「コピーしてもよい」と認めたとき以外は、回答用紙の複写をしません。", "C3"));
    }

    @Test
    void copyingWheneverTheCompanyFindsItUsefulContradictsIt() {
        assertEquals("contradicted", town("４　会社は、仕事に必要なときは、回答者の名簿をコピーしてもかまいません。", "C3"));
    }

    // ---- C1b, C2: other use, other companies

    @Test
    void usingTheListOnlyForThisWorkIsPurposeLimitation() {
        assertEquals("satisfied", town("４　会社は、次のことを守ります。\n　・回答者の名簿は、この仕事のためだけに使い、ほかのことには使いません。", "C1b"));
    }

    @Test
    void notHandingTheWorkToAnotherCompanyWithoutTheTownsWrittenYesIsSubcontractingControl() {
        assertEquals("satisfied", town("５　町が前もって書面で「よい」と言ったとき以外は、会社は、この仕事をほかの会社にまかせません。", "C2"));
        assertEquals("satisfied", mura("第６条　受託者は、この仕事を他の人に頼みません。", "C2"));
    }

    // ---- C4: tell the town at once and do as it says

    @Test
    void tellingTheTownAtOnceAndFollowingItsInstructionsIsSatisfied() {
        assertEquals("satisfied", town("６　名簿をなくしたとき、または名簿の中身がもれたときは、会社はすぐに町に知らせて、町の指示に従ってください。", "C4"));
        assertEquals("satisfied", mura("第７条　受託者は、見守り対象者の記録が盗まれたときは、すぐに村に連絡し、村の指示に従います。", "C4"));
    }

    // ---- C5a, C5b, W1, W2, C6a, C6b in everyday verbs

    @Test
    void givingTheListBackAndWipingTheDataAtTheEnd() {
        String end = "８　会社は、仕事が終わったら、名簿を町に返します。パソコンに入れた名簿のデータは、元に戻せない方法で消します。";
        assertEquals("satisfied", town(end, "C5b"));
        assertEquals("satisfied", town(end, "C5a"));
    }

    @Test
    void cancellingATownAppointmentIsNotErasure() {
        assertEquals("missing", town("８　会社は、仕事が終わったら、町との打合せの予約を取り消します。", "C5a"));
    }

    @Test
    void namingTheResponsiblePersonAndTheStaffOnPaper() {
        assertEquals("satisfied", town("５　会社は、仕事を始める前に、この仕事の責任者と、名簿を扱う人の名前を書いた書類を町に出してください。", "W1"));
    }

    @Test
    void theTownMayGoAndCheckHowTheListIsHandled() {
        assertEquals("satisfied", town("７　町は、名簿がきちんと扱われているかどうか、いつでも会社の事務所に行って確かめることができます。", "W2"));
    }

    @Test
    void theTownMayEndTheContractAndTheCompanyPaysForTheLossWhenThePromisesAreBroken() {
        String breach = "９　会社がこの約束を守らなかったときは、町はこの契約をやめることができます。\n"
                + "　会社がこの約束を守らなかったために町が損をしたときは、会社がその損害を弁償します。";
        assertEquals("satisfied", town(breach, "C6a"));
        assertEquals("satisfied", town(breach, "C6b"));
    }

    @Test
    void anEditorsNoteThatAClauseIsMissingStatesNothing() {
        assertEquals("missing", town("５　【メモ：ほかの会社にまかせることについての決まりがありません。】", "C2"));
    }
    @Test
    void doingAsTheTownSaysIsFollowingItsInstructions() {
        assertEquals("satisfied", town("６　名簿をなくしたときは、会社はすぐに町に電話で知らせて、町の言うとおりに対応します。", "C4"));
        assertEquals("satisfied", mura("第７条　受託者は、見守り対象者の記録がもれたときは、直ちに村に連絡し、村に言われたとおりに対応します。", "C4"));
    }

    @Test
    void aLossCausedInPlainWordsIsPaidFor() {
        assertEquals("satisfied", town("９　会社がこの約束を守らなかったときは、町はこの契約をやめることができます。そのために町が損をしたときは、会社はその分を弁償します。", "C6b"));
        assertEquals("satisfied", mura("第９条　受託者は、名簿の扱いで村に損をさせたときは、その損害を賠償します。", "C6b"));
    }

    @Test
    void subcontractingToACompanyOfItsChoiceWithNoticeAfterwardsContradictsIt() {
        assertEquals("contradicted", town("５　会社は、この仕事の一部を、会社が選んだほかの会社にまかせることができます。その場合は、あとで町に知らせます。", "C2"));
    }
    // ---- carve-outs in plain words empty the duty: contradicted, not missing

    @Test
    void plainPermissionsThatEmptyTheDutiesAreContradictions() {
        assertEquals("contradicted", town("４　会社は、必要だと思うときは、名簿をコピーすることがあります。", "C3"));
        assertEquals("contradicted", town("５　会社は、仕事のために必要なら、ほかの会社にこの仕事をまかせてもよいこととします。", "C2"));
        assertEquals("contradicted", town("４　会社は、名簿を、会社のほかの仕事にも使ってかまいません。", "C1b"));
    }

    @Test
    void tellingTheTownOnlyInNextMonthsReportIsContradicted() {
        assertEquals("contradicted", town("６　名簿をなくしたときは、会社は、次の月の報告書で町に知らせます。", "C4"));
    }

    @Test
    void chattingElsewhereIsDisclosureAndSuguAloneIsPrompt() {
        assertEquals("satisfied", mura("第５条　受託者は、この仕事で知った秘密を、よそでしゃべってはいけません。", "C1a"));
        assertEquals("satisfied", town("６　名簿をなくしたり、名簿の中身がもれたりしたら、会社はすぐ町に連絡し、町の指示を受けてください。", "C4"));
    }
}
