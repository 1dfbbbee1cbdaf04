package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.HA;
import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * W2 emptied by a substitute or a refusal in other words (issue 11): the contractor may answer the inspection request
 * with its own report or a certificate, may decline the client's request to check, or the inspection is waived when it
 * holds a certificate (「…の場合は、監査を実施するには及ばない」) — contradicted; a substitute the client chooses, or a
 * waiver the client decides, keeps the right (vocabulary/inspection-substitute.txt, inspection-refusal.txt). A
 * vendor's plain undertaking to accept audits satisfies. Sentences written for the test.
 */
class InspectionSubstituteTest {

    static String w2(String preamble, String body) {
        return Issue11Drafts.status("W2", preamble, body);
    }

    @Test
    void theContractorAnsweringTheRequestWithAPaperOfItsOwnIsContradicted() {
        assertEquals("contradicted", w2(KO, "第11条　甲は、乙における個人情報の管理状況を実地に検査することができる。\n2　乙は、前項の検査の求めに対し、自己点検の結果を記載した報告書の提出をもって応じることができる。"));
        assertEquals("contradicted", w2(HA, "第11条　発注者は、受注者の事業所に立ち入り、個人情報の管理状況を検査することができる。\n2　前項の検査は、受注者がプライバシーマークの登録証の写しを提出したときは、その提出をもって代えることができる。"));
        assertEquals("contradicted", w2(TS, "第8条　お客様は、当社の個人情報の取扱状況について監査を行うことができます。ただし、当社は、監査に代えて、第三者による保証報告書を提出することができます。"));
        assertEquals("contradicted", w2(JU, "第11条　委託者は、受託者に対し、個人情報の取扱状況について実地検査を行うことができる。\n2　受託者が前項の実地検査に代わるものとして自己点検報告書を提出した場合には、委託者は実地検査を行わないものとする。"));
    }

    @Test
    void aPaperOfTheContractorsOwnOrAReportToReadStandingInForTheAuditIsContradicted() {
        assertEquals("contradicted", w2(KO, "第11条　甲は、乙の個人情報の取扱状況について実地調査を行うことができる。\n2　乙は、前項の調査について、乙の定める監査報告書を提出することによりこれに代えることができる。"));
        assertEquals("contradicted", w2(TS, "第8条　お客様による監査は、当社が年1回公表するSOC2報告書の閲覧をもって行うものとし、お客様は、当社の施設への立入りを求めないものとします。"));
    }

    @Test
    void aProvisoLettingTheContractorDeclineTheRequestIsContradicted() {
        assertEquals("contradicted", w2(JU, "第11条　委託者は、受託者の個人情報の取扱状況について、随時、確認することができる。ただし、受託者は、委託者の確認の求めには応じないことができる。"));
        assertEquals("contradicted", w2(TS, "第8条　お客様は、当社の個人情報の取扱状況について監査を行うことができます。当社は、当社の判断により、監査の求めを拒否することができます。"));
    }

    @Test
    void anInspectionWaivedOrRuledOutIsContradicted() {
        assertEquals("contradicted", w2(KO, "第11条　甲は、乙における個人情報の管理状況について監査を行うことができる。ただし、乙が情報セキュリティに関する第三者認証を取得している場合は、監査を実施するには及ばない。"));
        assertEquals("contradicted", w2(JU, "第11条　委託者は、必要に応じ、受託者に対し個人情報の取扱状況について報告を求めることができる。なお、実地の検査は行わない。"));
    }

    @Test
    void aSubstituteTheClientChoosesOrAWaiverItDecidesKeepsTheRight() {
        assertEquals("satisfied", w2(HA, "第11条　発注者は、受注者における個人情報の取扱状況について、随時、実地に検査することができる。\n2　発注者は、その選択により、前項の実地の検査に代えて、受注者に自己点検の結果を記載した報告書を提出させることができる。"));
        assertEquals("satisfied", w2(KO, "第11条　甲は、乙における個人情報の管理状況を実地に検査することができる。\n2　甲は、必要と認めるときは、前項の検査に代えて、乙に第三者機関の監査報告書を提出させることができる。"));
        assertEquals("satisfied", w2(KO, "第11条　甲は、乙における個人情報の管理状況について監査を行うことができる。ただし、甲が不要と認めるときは、監査を実施するには及ばない。"));
        assertEquals("satisfied", w2(JU, "第11条　委託者は、受託者の個人情報の取扱状況について、随時、確認することができる。ただし、受託者は、委託者が認める場合には、委託者の確認の求めには応じないことができる。"));
    }

    @Test
    void aVendorsPlainUndertakingToAcceptAuditsSatisfies() {
        assertEquals("satisfied", w2(TS, "第8条　当社は、お客様又はお客様が委任した監査人による個人情報の取扱状況の監査（実地の検査を含みます。）を受け入れ、これに協力します。"));
        assertEquals("satisfied", w2(TS, "第8条　当社は、お客様が個人情報の管理状況について監査を行うときは、これに協力します。"));
    }
}
