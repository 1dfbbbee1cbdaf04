package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A waiver of the element's own duty is contradicted (SPEC Conventions, Waivers) in words other than 〜を要しない too:
 * 「…には及ばない」, 「…を省略することができる」, 「…省略できる」, 「…しなくてもよい」 (vocabulary/waived-ending.txt), in
 * the obligation itself or in the paragraph or proviso after it, where it names neither the data nor the incident
 * (elements/Waivers). A waiver the client decides, or one made by law, keeps the duty. Sentences written for the test.
 */
class WaiverWordingTest {

    static final String PREAMBLE = "国民健康保険料賦課資料作成業務委託契約書\n\n　西山市（以下「甲」という。）と株式会社データワークス（以下「乙」という。）は、次のとおり契約を締結する。\n\n";

    static VerificationReport verify(String body) {
        return ClauseModelPhenomenaTest.VERIFIER.verifyText("waiver.txt", PREAMBLE + body + "\n");
    }

    static String status(String body, String element) {
        return verify(body).element(element).status();
    }

    static final String REPORT = "第6条　乙は、個人情報の漏えい、滅失又は毀損が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。\n";
    static final String RETURN = "第8条　乙は、本契約が終了したときは、甲から貸与された個人情報を含む資料を甲に返還しなければならない。\n";
    static final String ERASE = "第9条　乙は、本契約が終了したときは、個人情報を消去しなければならない。\n";

    @Test
    void theElementsOwnDutyWaivedInOtherWordsIsContradicted() {
        Map<String, String> waivers = Map.of(
                "第8条　乙は、本契約が終了したときは、甲から貸与された資料を甲に返還するには及ばない。", "C5b",
                "第8条　乙は、業務の完了後、甲から引き渡された媒体の返却を省略することができる。", "C5b",
                "第6条　乙は、個人情報の漏えいが発生した場合でも、甲へ報告するには及ばないものとする。", "C4",
                "第6条　乙は、個人情報の漏えいが発生したときであっても、甲への通知を省略できる。", "C4",
                "第9条　乙は、業務の完了後、個人情報を消去するには及ばない。", "C5a",
                "第10条　乙は、業務従事者の名簿を甲に提出しなくてもよい。", "W1");
        for (Map.Entry<String, String> w : waivers.entrySet()) {
            assertEquals("contradicted", status(w.getKey(), w.getValue()), w.getKey());
        }
    }

    @Test
    void aWaiverInTheNextParagraphEmptiesTheReportEvenWithoutNamingTheIncident() {
        VerificationReport r = verify(REPORT + "2　前項の規定にかかわらず、乙が軽微と判断したものについては、甲への報告を省略することができる。");
        assertEquals("contradicted", r.element("C4").status());
        assertEquals(2, r.element("C4").evidence().size(), "quotes the waiver and the duty it empties");
        assertTrue(r.element("C4").explanation().contains("第6条"), r.element("C4").explanation());
    }

    @Test
    void aProvisoWaivingTheReturnOrTheErasureEmptiesIt() {
        assertEquals("contradicted", status(RETURN.replace("。\n", "。ただし、乙が保管を続けることとした資料については、返還は要しないものとする。\n"), "C5b"));
        assertEquals("contradicted", status(ERASE + "2　前項の消去は、乙が再利用の見込みがあると認めるときは、省略することができる。", "C5a"));
    }

    @Test
    void aProvisoWaivingTheApprovalForCopiesTheWorkNeedsEmptiesTheCopyRule() {
        assertEquals("contradicted", status("第7条　乙は、個人情報を複写するときは、あらかじめ甲の承諾を得なければならない。"
                + "ただし、本業務の処理に必要な複写については、甲の承諾を要しない。", "C3"));
    }

    @Test
    void aWaiverTheClientDecidesOrTheLawMakesKeepsTheDuty() {
        assertEquals("satisfied", status(RETURN + "2　前項の規定にかかわらず、甲が不要と認めた資料については、返還を省略することができる。", "C5b"));
        assertEquals("satisfied", status(REPORT + "2　前項の規定にかかわらず、法令に基づき甲が別に報告を受けたものについては、報告を省略することができる。", "C4"));
        assertEquals("satisfied", status("第7条　乙は、個人情報を複写するときは、あらかじめ甲の承諾を得なければならない。"
                + "ただし、甲が指定する宛名ラベルの複写については、甲の承諾を要しない。", "C3"));
    }

    @Test
    void omittingSomethingElseIsNoWaiverOfTheDuty() {
        assertEquals("satisfied", status(REPORT + "2　前項の報告は、口頭で行うことができる。この場合において、乙は、報告書の様式の記載事項の一部を省略することができる。", "C4"));
        assertEquals("satisfied", status(RETURN + "2　乙は、返還の際の受領書の作成を省略することができる。", "C5b"));
    }

    @Test
    void aDutyDeclaredUnnecessaryIsWaived() {
        assertEquals("contradicted", status("第6条　乙は、個人情報の漏えいが発生しても、甲への通知は不要とする。", "C4"));
        assertEquals("contradicted", status(REPORT + "2　前項の規定にかかわらず、被害が生じないと乙が認めるときは、甲への報告は不要とする。", "C4"));
        assertEquals("satisfied", status(REPORT + "2　乙は、前項の報告に当たり、甲が不要と認めた事項の記載を省略することができる。", "C4"));
    }

    @Test
    void aParagraphThatDisappliesTheDutyForTheContractorsOwnCasesEmptiesIt() {
        String ban = "第7条　乙は、個人情報を複写し、又は複製してはならない。\n";
        assertEquals("contradicted", status(ban + "2　前項の規定は、乙が事務の効率化のために行う複製には適用しない。", "C3"));
        assertEquals("contradicted", status(REPORT + "2　前項の規定は、乙が影響が軽微であると認める事案については、適用しない。", "C4"));
        assertEquals("satisfied", status(ban + "2　前項の規定は、甲の指示により行う複製には適用しない。", "C3"));
    }

    @Test
    void theApprovalAsTheWaivedTopicEmptiesTheCopyRule() {
        String rule = "第7条　乙は、甲の承認を得た場合を除き、個人情報を複製してはならない。\n";
        assertEquals("contradicted", status(rule + "2　前項の承認は、乙が作業のために一時的に複製する場合には、要しないものとする。", "C3"));
        assertEquals("satisfied", status(rule + "2　前項の承認は、書面により行うものとする。", "C3"));
    }

    @Test
    void leavingWorkersOffTheListEmptiesTheStructureStatement() {
        assertEquals("contradicted", status("第10条　乙は、作業責任者及び作業従事者の氏名を記載した名簿を甲に提出しなければならない。"
                + "ただし、乙の正社員である作業従事者については、名簿への記載を省略できる。", "W1"));
    }
}
