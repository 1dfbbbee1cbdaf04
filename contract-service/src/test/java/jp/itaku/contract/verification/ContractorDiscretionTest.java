package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An exception left to the contractor's judgement empties the obligation (SPEC Conventions, Exceptions; issue 11,
 * weakness c), in every shape, not only 「この限りでない」: 〜を除き, 〜に限り, a condition 「乙が必要と認めるときは」,
 * ただし…できる, 〜ことがある, 〜を妨げない, and the adverb 必要に応じて with the contractor deciding. The same shapes under
 * the client's control, by law, or with the client as the one who judges keep the obligation. Sentences written for
 * the test.
 */
class ContractorDiscretionTest {

    static final String PREAMBLE = "介護認定調査票入力業務委託契約書\n\n　西原市（以下「甲」という。）と株式会社三和情報サービス（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("discretion.txt", PREAMBLE + body + "\n");
    }

    static String status(String body, String element) {
        return verify(body).element(element).status();
    }

    @Test
    void anExceptionForWhateverTheContractorDeemsNecessaryEmptiesTheCopyBan() {
        VerificationReport r = verify("第5条　乙は、乙が作業上必要と認める場合を除き、調査票に記載された個人情報を複写してはならない。");
        assertEquals("contradicted", r.element("C3").status());
        assertTrue(r.element("C3").explanation().contains("第5条"), r.element("C3").explanation());
    }

    @Test
    void anExceptionTheClientInstructsKeepsTheCopyBan() {
        assertEquals("satisfied", status("第5条　乙は、甲が指示した場合を除き、調査票に記載された個人情報を複写してはならない。", "C3"));
    }

    @Test
    void anExceptionForTheNeedOfTheWorkAsTheContractorSeesItEmptiesTheCopyBan() {
        assertEquals("contradicted", status("第5条　乙は、業務上必要な場合を除き、調査票に記載された個人情報を複製してはならない。", "C3"));
    }

    @Test
    void theNeedOfTheWorkIsThePurposeItselfForPurposeLimitation() {
        assertEquals("satisfied", status("第3条　乙は、業務の遂行に必要な場合を除き、調査票の個人情報を利用してはならず、本業務の目的以外に利用してはならない。", "C1b"));
    }

    @Test
    void anExceptionForWhatTheContractorStillWantsEmptiesErasure() {
        assertEquals("contradicted", status("第9条　乙は、委託業務が完了したときは、調査票の個人情報を、乙が今後も必要と判断するものを除き、直ちに消去しなければならない。", "C5a"));
    }

    @Test
    void erasingOnlyAsTheContractorSeesFitEmptiesErasure() {
        assertEquals("contradicted", status("第9条　乙は、委託期間が満了したときは、調査票の個人情報を必要に応じて消去するものとする。", "C5a"));
    }

    @Test
    void aProvisoThatTheContractorMayKeepSomeAtItsOwnJudgementEmptiesErasure() {
        VerificationReport r = verify("第9条　乙は、委託業務が完了したときは、調査票の個人情報を消去する。ただし、乙は、自らの判断により、その一部を保存することがある。");
        assertEquals("contradicted", r.element("C5a").status());
        assertEquals(2, r.element("C5a").evidence().size(), "quotes the proviso and the duty it empties: " + r.element("C5a").evidence());
    }

    @Test
    void aProvisoKeepingDataEmptiesErasureButNotTheReturnInTheSameSentence() {
        VerificationReport r = verify("第9条　乙は、委託業務が完了したときは、甲から貸与された調査票を甲に返還し、作業用の個人情報を消去しなければならない。ただし、乙が品質管理のため必要と認める電子データは、完了後も保管することができる。");
        assertEquals("contradicted", r.element("C5a").status());
        assertEquals("satisfied", r.element("C5b").status());
    }

    @Test
    void anExceptionForWhatTheContractorWantsToKeepEmptiesTheReturn() {
        assertEquals("contradicted", status("第10条　乙は、契約が終了したときは、甲から貸与された調査票を、乙が保管の必要があると認めるものを除き、甲に返還しなければならない。", "C5b"));
    }

    @Test
    void subcontractingOnlyWhenTheContractorFindsItAppropriateIsNoLimit() {
        assertEquals("contradicted", status("第4条　乙は、乙が適当と認める場合に限り、本業務の一部を第三者に委託することができる。", "C2"));
    }

    @Test
    void subcontractingThatMayHappenAtTheContractorsJudgementIsNoLimit() {
        assertEquals("contradicted", status("第4条　乙は、乙の判断で必要がある場合には、本業務の一部を第三者に委託することがある。", "C2"));
    }

    @Test
    void anExceptionForAReasonTheContractorAcceptsEmptiesConfidentiality() {
        assertEquals("contradicted", status("第2条　乙は、乙が正当な理由があると認める場合を除き、業務上知り得た個人情報を第三者に漏らしてはならない。", "C1a"));
    }

    @Test
    void anExceptionMadeByLawKeepsConfidentiality() {
        assertEquals("satisfied", status("第2条　乙は、法令に基づく場合を除き、業務上知り得た個人情報を第三者に漏らしてはならない。", "C1a"));
    }

    @Test
    void aProvisoThatDoesNotPreventCopyingAsTheContractorSeesFitEmptiesTheBan() {
        assertEquals("contradicted", status("第5条　乙は、調査票の個人情報を複製してはならない。ただし、乙が作業効率のため必要と判断したときは、複製することを妨げない。", "C3"));
    }

    @Test
    void aProvisoLettingTheContractorOnlyConsultTheClientTakesNoDutyAway() {
        assertEquals("satisfied", status("第9条　乙は、委託業務が完了したときは、調査票の個人情報を消去しなければならない。ただし、乙は、必要に応じて消去の方法について甲と協議することができる。", "C5a"));
    }

    @Test
    void theClientActingAsItSeesFitIsItsRightNotAnException() {
        assertEquals("satisfied", status("第12条　甲は、乙における個人情報の取扱状況について、必要に応じて実地に調査することができる。", "W2"));
    }

    @Test
    void anAdverbOfDiscretionOnAnotherActLeavesTheReportAlone() {
        assertEquals("satisfied", status("第8条　乙は、個人情報の漏えいが生じた場合は、速やかに甲に報告し、甲の指示に従い必要に応じて再発防止の措置を講じなければならない。", "C4"));
    }
}
