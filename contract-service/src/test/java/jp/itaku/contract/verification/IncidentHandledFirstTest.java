package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C4 when the contractor first handles the incident itself and reports only afterwards (issue 11): 「まず乙の責任において
 * …措置を講じ、その結果を…報告する」, only the outcome reported (「その経過及び結果を」「其ノ顛末ヲ」), 「事後に報告」,
 * 「対応が終わってから…報告します」, the result written into the monthly report. That empties the duty to report at once
 * and follow the client's instructions: contradicted, not missing (SPEC Conventions, C4; vocabulary/after-handling.txt,
 * handling-result.txt). A prompt report with instructions stays satisfied also when measures are taken at the same
 * time or a written report of the outcome follows; a prompt report without instructions stays missing. Sentences
 * written for the test.
 */
class IncidentHandledFirstTest {

    static final String PREAMBLE = "児童手当事務電算処理業務委託契約書\n\n　南原市（以下「甲」という。）と株式会社南原システム（以下「乙」という。）は、次のとおり契約を締結する。\n\n";
    static final String TOWN = "給食費の口座振替の仕事の契約書\n\n　川辺町（以下「町」といいます。）と川辺ビジネス株式会社（以下「会社」といいます。）は、次のとおり約束します。\n\n";

    static String c4(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("incident.txt", PREAMBLE + body + "\n").element("C4").status();
    }

    static String town(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("incident.txt", TOWN + body + "\n").element("C4").status();
    }

    @Test
    void measuresFirstOnTheContractorsResponsibilityThenTheResultIsContradicted() {
        assertEquals("contradicted", c4("第9条　乙は、個人情報の漏えい、滅失又はき損が発生したときは、まず乙の責任において必要な措置を講じ、その結果を甲に報告するものとする。"));
        assertEquals("contradicted", c4("第9条　乙は、受給者の個人情報の流出のおそれがあるときは、被害の拡大を防止するために必要な措置を講じ、その経過及び結果を書面により甲に報告しなければならない。"));
    }

    @Test
    void onlyTheOutcomeReportedAfterTheFactIsContradicted() {
        assertEquals("contradicted", c4("第9条　乙は、個人情報の紛失その他の事故が生じたときは、自ら原因を調査して対処し、その処理状況を事後に甲に報告する。"));
        assertEquals("contradicted", c4("第9条　乙は、個人情報の漏えいがあったときは、これに対応した結果を月次の業務報告書に記載して甲に報告する。"));
    }

    @Test
    void aPlainDraftsHandleItFirstThenTellTheTownIsContradicted() {
        assertEquals("contradicted", town("６　保護者の口座の情報をなくしたときは、会社は、まず自分の判断で対応して、対応が終わってから町に知らせます。"));
        assertEquals("contradicted", town("６　保護者の口座の情報がもれたときは、会社は、できる対応をしたあとで、その結果を町に報告します。"));
    }

    @Test
    void aReportOnlyOnceTheCauseIsFoundOrTheRecoveryConfirmedIsContradicted() {
        // 上で written in kana, 「…を終えてから」, a recovery the contractor confirms itself
        assertEquals("contradicted", c4("第9条　乙は、個人情報の紛失又は流出が生じた場合には、原因を究明し再発防止策を講じたうえで甲に報告しなければならない。"));
        assertEquals("contradicted", c4("第9条　乙は、個人情報の漏えいのおそれがあるときは、調査を終えてから、甲に報告書を提出する。"));
        assertEquals("contradicted", c4("第9条　乙は、個人情報の漏えい事故が発生したときは、自ら復旧作業を行い、復旧を確認したうえで甲に通知する。"));
        assertEquals("contradicted", town("６　保護者の口座の情報がもれたときは、会社は、原因を調べて対策をとったうえで、町に知らせます。"));
        // a monthly routine report
        assertEquals("contradicted", c4("第9条　乙は、個人情報の漏えいがあったときは、その旨を月例の業務報告の際に甲に報告するものとする。"));
    }

    @Test
    void aPromptReportFirstThenAWrittenReportOnceHandledStaysSatisfied() {
        assertEquals("satisfied", c4("第9条　乙は、個人情報の漏えいが発生したときは、直ちに甲に報告し、その指示に従って対応するとともに、対応完了後に報告書を提出しなければならない。"));
        assertEquals("satisfied", c4("第9条　乙は、個人情報の流出が判明したときは、直ちに甲に連絡してその指示を受け、原因を究明したうえで再発防止策を報告する。"));
    }

    @Test
    void aPromptReportWithInstructionsStaysSatisfiedWhenMeasuresAreTakenAtTheSameTime() {
        assertEquals("satisfied", c4("第9条　乙は、個人情報の漏えいが生じたときは、直ちに被害の拡大を防止するための措置を講ずるとともに、甲に報告し、その指示に従わなければならない。"));
        assertEquals("satisfied", c4("第9条　乙は、個人情報の漏えい等の事故が発生したときは、遅滞なく甲に報告し、甲の指示に従って必要な措置を講じ、その結果を書面で報告するものとする。"));
        assertEquals("satisfied", town("６　保護者の口座の情報がもれたときは、会社はすぐに町に知らせて、町の指示に従います。"));
    }

    @Test
    void aPromptReportWithoutInstructionsStaysMissing() {
        assertEquals("missing", c4("第9条　乙は、個人情報の漏えいが生じたときは、速やかに甲に報告しなければならない。"));
    }
}
