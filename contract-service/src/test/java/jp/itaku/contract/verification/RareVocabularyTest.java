package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Older statute wording and IT loanwords for the same duties (issue 11, weakness f): each is a line in a vocabulary file
 * (with its comment), and the rule's pre-filter comes from the same file, so a word added there is never filtered out.
 * The sentences are written for the test.
 */
class RareVocabularyTest {

    static final String PREAMBLE = "戸籍附票整理業務委託契約書\n\n　南沢町（以下「甲」という。）と有限会社北辰事務（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static String status(String body, String element) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("vocabulary.txt", PREAMBLE + body + "\n").element(element).status();
    }

    @Test
    void leakingInTheOlderWordRoujiIsAConfidentialityBan() {
        assertEquals("satisfied", status("第2条　乙は、この業務の処理に当たって知り得た町民の個人情報を他に漏示してはならない。", "C1a"));
    }

    @Test
    void tellingOthersInTheWordKougaiIsAConfidentialityBan() {
        assertEquals("satisfied", status("第2条　乙は、委託業務に関して知り得た個人情報を一切口外してはならない。", "C1a"));
    }

    @Test
    void usingForOtherEndsInTheOneWordTayouIsAPurposeLimitation() {
        assertEquals("satisfied", status("第3条　乙は、甲から引き渡された附票の個人情報を他用してはならない。", "C1b"));
    }

    @Test
    void usingForAnotherUseIsAPurposeLimitation() {
        assertEquals("satisfied", status("第3条　乙は、委託業務で取り扱う個人情報を別の用途に使用してはならない。", "C1b"));
    }

    @Test
    void transcribingInTheOlderWordToushaIsCopying() {
        assertEquals("satisfied", status("第5条　乙は、甲の許可を得ないで、個人情報が記載された附票を謄写してはならない。", "C3"));
    }

    @Test
    void lossInTheOlderWordBoushitsuIsAnIncident() {
        assertEquals("satisfied", status("第7条　乙は、個人情報の亡失又は損壊があったときは、直ちに甲に報告し、甲の指示に従わなければならない。", "C4"));
    }

    @Test
    void escalatingAnIncidentToTheClientIsAReport() {
        assertEquals("satisfied", status("第7条　乙は、個人情報に関するインシデントを検知したときは、速やかに甲の担当職員へエスカレーションし、甲の指示に従って対処しなければならない。", "C4"));
    }

    @Test
    void sanitisingTheDevicesAtTheEndIsErasure() {
        assertEquals("satisfied", status("第8条　乙は、委託期間が満了したときは、個人情報を保存した端末をサニタイズしなければならない。", "C5a"));
    }

    @Test
    void burningThePaperAtTheEndIsErasure() {
        assertEquals("satisfied", status("第8条　乙は、業務が終了したときは、個人情報が記載された書類を焼却しなければならない。", "C5a"));
    }

    @Test
    void erasingFromTheRegisterInTheWordMasshouIsErasure() {
        assertEquals("satisfied", status("第8条　乙は、本契約が終了したときは、作業用の電磁的記録から個人情報を抹消しなければならない。", "C5a"));
    }

    @Test
    void returningInTheAdministrativeWordHenreiIsReturn() {
        assertEquals("satisfied", status("第9条　乙は、業務が完了したときは、甲から貸与された住民の個人情報が記載された附票を甲に返戻しなければならない。", "C5b"));
    }

    @Test
    void returningInTheAdministrativeWordHenpuIsReturn() {
        assertEquals("satisfied", status("第9条　乙は、契約期間が満了したときは、甲から預かった申請書を甲に返付しなければならない。", "C5b"));
    }
}
