package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.HA;
import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C2 (issue 11): the contractor must name its subcontractor and obtain the client's approval (「乙は、再委託先を定めて
 * 甲の承認を受けなければならない」) — prior approval without あらかじめ, satisfied (SPEC Conventions, C2); DPA terms with
 * a prior general written authorisation of sub-processors (「事前の一般的書面承認に基づき」) and notice of changes with
 * an objection but no veto — contradicted. Sentences written for the test.
 */
class SubcontractorApprovalTest {

    static String c2(String preamble, String body) {
        return Issue11Drafts.status("C2", preamble, body);
    }

    @Test
    void namingTheSubcontractorAndObtainingApprovalIsPriorApproval() {
        assertEquals("satisfied", c2(KO, "第6条　乙は、再委託先を定めて甲の承認を受けなければならない。"));
        assertEquals("satisfied", c2(HA, "第6条　受注者は、再委託先を選定したときは、その名称を明らかにして発注者の承認を得なければならない。"));
        assertEquals("satisfied", c2(TS, "第6条　当社は、再委託先を決定し、お客様の書面による承諾を得るものとします。"));
        assertEquals("satisfied", c2(JU, "第6条　受託者は、再委託先を定め、委託者の書面による承認を受けなければ、業務を第三者に委託することができない。"));
    }

    @Test
    void aNoticeAfterNamingTheSubcontractorIsStillNoApproval() {
        assertEquals("contradicted", c2(KO, "第6条　乙は、再委託先を定めた後に、その名称を甲に通知しなければならない。"));
    }

    @Test
    void generalWrittenAuthorisationOfSubProcessorsIsContradicted() {
        assertEquals("contradicted", c2(TS, "第6条　当社は、お客様の事前の一般的書面承認に基づき、サブプロセッサーに個人データの処理を委託することができます。"));
        assertEquals("contradicted", c2(TS, "第6条　お客様は、当社がサブプロセッサーを利用することについて、事前の一般的な書面による承認を与えます。当社は、サブプロセッサーを追加するときは、お客様に通知し、お客様は異議を述べることができます。"));
        assertEquals("contradicted", c2(TS, "第6条　お客様は、本契約により、当社が再委託先を起用することについて包括的に承認するものとします。新たな再委託先を追加するときは、当社はお客様に通知し、お客様は30日以内に異議を申し出ることができます。"));
    }
}
