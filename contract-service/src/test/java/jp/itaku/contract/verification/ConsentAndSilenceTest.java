package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.HA;
import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C2 and W2 wordings seen on blind drafts 360–367 (issue 11, vc2), tested here with other sentences: an inspection right
 * the contractor must agree to (W2 contradicted), approval deemed given on the client's silence, partners the contractor
 * picks later approved in advance, a lab or a partner that 「委ね」「実施させ」 the work (C2 contradicted), an exception only
 * for work without personal information (C2 still satisfied) — each with a near miss that must not change.
 * Sentences written for the test.
 */
class ConsentAndSilenceTest {

    private static final String PI = "第2条　乙は、個人情報を他に漏らしてはならない。\n";

    static String w2(String preamble, String body) {
        return Issue11Drafts.status("W2", preamble, body);
    }

    static String c2(String preamble, String body) {
        return Issue11Drafts.status("C2", preamble, body);
    }

    @Test
    void anInspectionOnlyWithTheContractorsConsentIsContradicted() {
        assertEquals("contradicted", w2(KO, PI + "第9条　甲は、乙の承諾を得た場合に限り、乙の事務所に立ち入り、個人情報の取扱状況を調査することができる。"));
        assertEquals("contradicted", w2(HA, "第9条　発注者は、受注者における個人情報の管理状況を検査することができる。ただし、検査は、受注者が同意した場合に限り実施する。"));
        assertEquals("contradicted", w2(JU, "第9条　委託者は、受託者が認めるときに限り、個人情報の管理状況について実地に確認を行うことができる。"));
    }

    @Test
    void nearMissesTheClientControlsStaySatisfied() {
        // notice before the visit, once a year, or the client's own judgement keep the right
        assertEquals("satisfied", w2(KO, PI + "第9条　甲は、乙に事前に通知のうえ、年1回、乙の事務所に立ち入り、個人情報の取扱状況を調査することができる。"));
        assertEquals("satisfied", w2(HA, "第9条　発注者は、必要と認めるときは、受注者における個人情報の管理状況を検査することができる。受注者は、これに協力しなければならない。"));
        assertEquals("satisfied", w2(JU, "第9条　委託者は、個人情報の管理状況について、受託者の施設において確認を行うことができる。"));
    }

    @Test
    void approvalDeemedOnSilenceIsContradicted() {
        assertEquals("contradicted", c2(KO, "第6条　乙は、業務の一部を第三者に委託しようとするときは、その名称を甲に届け出なければならない。\n"
                + "２　甲が前項の届出の日から7日以内に異議を述べなかったときは、甲は当該委託を承認したものとみなす。"));
        assertEquals("contradicted", c2(HA, "第6条　受注者は、本業務の一部を再委託するときは、発注者に書面で申請する。発注者から14日以内に回答がない場合は、承諾があったものとみなす。"));
    }

    @Test
    void approvalThatMustBeGivenStaysSatisfied() {
        assertEquals("satisfied", c2(KO, "第6条　乙は、業務の一部を第三者に委託しようとするときは、あらかじめ甲に申請し、その承認を受けなければならない。\n"
                + "２　甲は、前項の申請があった日から7日以内に承認するか否かを乙に通知する。"));
    }

    @Test
    void partnersTheContractorPicksLaterApprovedInAdvanceIsContradicted() {
        assertEquals("contradicted", c2(KO, "第6条　乙は、あらかじめ甲の承認を受けなければ、業務の一部を第三者に委託してはならない。\n"
                + "２　甲は、乙が将来追加する協力会社についても、前項の承認をしたものとする。"));
        // approval given for a named partner is a prior approval
        assertEquals("satisfied", c2(KO, "第6条　乙は、あらかじめ甲の承認を受けなければ、業務の一部を第三者に委託してはならない。\n"
                + "２　甲は、別表に記載する株式会社北原印刷への委託について、前項の承認をしたものとする。"));
    }

    @Test
    void aLabOrAPartnerDoingTheWorkIsSubcontracting() {
        assertEquals("contradicted", c2(JU, "第4条　受託者は、検体の分析を外部の検査機関に実施させることができる。この場合、受託者は、委託者にその名称を通知する。"));
        assertEquals("contradicted", c2(TS, "第8条　当社は、お客様に通知することなく、業務の一部を関係会社に委ねることができます。"));
        assertEquals("satisfied", c2(KO, "第6条　乙は、甲の書面による承認を受けなければ、本業務を外注してはならない。"));
        assertEquals("satisfied", c2(HA, "第6条　受注者は、本業務の一部を第三者に委ねようとするときは、あらかじめ発注者の書面による承諾を得なければならない。"));
    }

    @Test
    void anExceptionOnlyForWorkWithoutPersonalInformationKeepsTheLimit() {
        assertEquals("satisfied", c2(KO, "第6条　乙は、甲の承諾を得た場合を除き、本業務を第三者に委託してはならない。ただし、個人情報を取り扱わない機器の保守を第三者に行わせるときは、この限りでない。"));
        assertEquals("satisfied", c2(HA, "第6条　受注者は、本業務を第三者に再委託してはならない。ただし、個人情報の取扱いを伴わない資材の運搬については、この限りでない。"));
        // near miss: an exception the contractor judges, or for minor work that may hold personal information
        assertEquals("contradicted", c2(KO, "第6条　乙は、甲の承諾を得た場合を除き、本業務を第三者に委託してはならない。ただし、乙が個人情報を取り扱わないと判断した作業を第三者に行わせるときは、この限りでない。"));
        assertEquals("contradicted", c2(KO, "第6条　乙は、甲の承諾を得た場合を除き、本業務を第三者に委託してはならない。ただし、軽微な作業を第三者に行わせるときは、この限りでない。"));
    }
}
