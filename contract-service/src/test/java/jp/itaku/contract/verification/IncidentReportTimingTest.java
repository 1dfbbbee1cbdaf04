package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C4 asks for a prompt report of a leak (or its risk) and following the client's instructions (SPEC Conventions, C4;
 * issue 11, weakness d). A report that comes only once the contractor has dealt with the incident, only in a periodic
 * report or meeting, only when the client asks, or only when the contractor thinks it necessary lets the contractor
 * keep the client uninformed: contradicted — unless another clause already requires the prompt report, in which case the
 * later one is an extra. Sentences written for the test.
 */
class IncidentReportTimingTest {

    static final String PREAMBLE = "国民健康保険データ処理業務委託契約書\n\n　北川町（以下「甲」という。）と株式会社青葉計算センター（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static String c4(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("incident.txt", PREAMBLE + body + "\n").element("C4").status();
    }

    @Test
    void aReportOnlyWhenTheClientAsksIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、被保険者の個人情報の漏えい又は滅失が生じたときは、甲から求めがあった場合に、その経過を報告するものとする。"));
    }

    @Test
    void aReportInAnswerToTheClientsRequestIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等の事故があった場合には、甲の要求に応じて報告し、甲の指示に従うものとする。"));
    }

    @Test
    void aDetailedReportOnRequestAfterAPromptReportIsAnExtra() {
        assertEquals("satisfied", c4("第8条　乙は、個人情報の漏えい等の事故が生じたときは、直ちに甲に報告し、甲の指示に従わなければならない。\n２　乙は、甲の求めがあったときは、前項の事故の原因及び再発防止策を書面で報告しなければならない。"));
    }

    @Test
    void aReportOnceTheContractorHasFinishedHandlingItIsContradictedEvenIfPrompt() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等の事故が生じたときは、乙の責任において対処を終えた後、速やかに甲に報告する。"));
    }

    @Test
    void aReportAfterTakingMeasuresAgainstRecurrenceIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えいが生じたときは、再発防止策を講じた上で、遅滞なく甲に報告し、甲の指示に従うものとする。"));
    }

    @Test
    void aReportOnceTheSituationHasSettledIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等が発生したときは、事態の収束後に甲へ報告するものとし、甲の指示に従う。"));
    }

    @Test
    void aReportInTheQuarterlyWorkReportIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等のインシデントが発生した場合、その内容を四半期ごとの業務報告書に記載して甲に報告する。"));
    }

    @Test
    void aReportAtTheNextRegularMeetingIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等の事故が生じたときは、次回の定例会議において甲に報告する。"));
    }

    @Test
    void aMonthlyCountBesidesAPromptReportIsAnExtra() {
        assertEquals("satisfied", c4("第8条　乙は、個人情報の漏えい等の事故の発生又はそのおそれを知ったときは、直ちに甲に報告し、甲の指示に従うものとする。\n２　乙は、月次の業務報告書において、個人情報の漏えい等の事故の件数を報告する。"));
    }

    @Test
    void aReportOnlyAsTheContractorSeesFitIsContradicted() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えい等の事故が発生したときは、必要に応じて甲に報告するものとする。"));
    }

    @Test
    void aReportOnlyWhenTheContractorFindsItNecessaryIsContradictedEvenIfPrompt() {
        assertEquals("contradicted", c4("第8条　乙は、個人情報の漏えいが生じた場合において、乙が報告の必要があると認めるときは、速やかに甲に報告し、その指示に従うものとする。"));
    }

    @Test
    void aPromptReportAfterTheIncidentIsFound() {
        assertEquals("satisfied", c4("第8条　乙は、個人情報の漏えい等の事案が発生したことを知ったときは、知った後直ちに甲に報告し、その指示に従わなければならない。"));
    }

    @Test
    void aPromptReportFollowedByAWrittenReportOnceHandledIsSatisfied() {
        assertEquals("satisfied", c4("第8条　乙は、個人情報の漏えい等の事故が発生したときは、速やかに甲に報告し、甲の指示に従って対応を行った後、その結果を書面で報告しなければならない。"));
    }
}
