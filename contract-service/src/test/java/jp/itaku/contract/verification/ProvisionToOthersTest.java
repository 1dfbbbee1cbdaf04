package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The contractor permitted to provide the personal information to partners or third parties (issue 11): 「当社は、…
 * 提携先に対し提供することがあります」「乙は、個人情報を乙のグループ会社と共有することができる」 — the opposite of
 * confidentiality (C1a) and of the ban on provision beyond the purpose (C1b): contradicted, even where other clauses
 * impose both. With the client's approval or instruction, or a legal ground, it stays satisfied
 * (vocabulary/provide-to-others.txt). Sentences written for the test.
 */
class ProvisionToOthersTest {

    static final String PARTNERS = "第3条　当社は、お客様データを秘密として取り扱い、本サービスの提供のためにのみ利用します。\n"
            + "第4条　当社は、サービスの機能向上のため、お客様データを当社の提携先に対し提供することがあります。";

    @Test
    void aVendorProvidingTheDataToItsPartnersContradictsConfidentialityAndPurpose() {
        assertEquals("contradicted", Issue11Drafts.status("C1a", TS, PARTNERS));
        assertEquals("contradicted", Issue11Drafts.status("C1b", TS, PARTNERS));
        assertEquals("contradicted", Issue11Drafts.status("C1b", KO, "第3条　乙は、個人情報を本業務の目的以外に利用してはならない。\n第4条　乙は、個人情報を乙のグループ会社と共有することができる。"));
        assertEquals("contradicted", Issue11Drafts.status("C1a", KO, "第3条　乙は、業務上知り得た個人情報を漏らしてはならない。\n第4条　乙は、前条の規定にかかわらず、個人情報を第三者に提供することができる。"));
    }

    @Test
    void provisionTheClientApprovesOrInstructsOrTheLawRequiresKeepsThem() {
        assertEquals("satisfied", Issue11Drafts.status("C1a", KO, "第3条　乙は、業務上知り得た個人情報を漏らしてはならない。\n第4条　乙は、甲の承諾を得たときは、個人情報を第三者に提供することができる。"));
        assertEquals("satisfied", Issue11Drafts.status("C1a", KO, "第3条　乙は、業務上知り得た個人情報を漏らしてはならない。\n第4条　乙は、甲の指示があるときは、個人情報を甲の指定する第三者に提供する。"));
        assertEquals("satisfied", Issue11Drafts.status("C1b", TS, "第3条　当社は、お客様データを本サービスの提供のためにのみ利用します。\n第4条　当社は、法令に基づき開示を求められた場合に限り、お客様データを第三者に提供することがあります。"));
        assertEquals("satisfied", Issue11Drafts.status("C1b", JU, "第3条　受託者は、個人情報を本業務の目的以外に利用し、又は第三者に提供してはならない。"));
    }
}
