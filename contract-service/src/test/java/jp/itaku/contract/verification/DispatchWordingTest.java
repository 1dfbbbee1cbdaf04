package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.DP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Dispatch contracts (issue 11): the duties worded as what 派遣元 (the contractor) makes its dispatched workers do or
 * not do (「派遣元は、派遣労働者に…漏らさせてはならない」「…使用することのないよう…措置を講じなければならない」) bind the
 * contractor; materials the client handed to the workers go back through them (C5b). Sentences written for the test.
 */
class DispatchWordingTest {

    @Test
    void confidentialityAndPurposeWordedThroughTheWorkersBindTheAgency() {
        assertEquals("satisfied", Issue11Drafts.status("C1a", DP, "第4条　派遣元は、派遣労働者に、業務上知り得た利用者の個人情報を第三者に漏らさせてはならない。"));
        assertEquals("satisfied", Issue11Drafts.status("C1a", DP, "第4条　派遣元は、その雇用する派遣労働者をして、派遣就業に関して知り得た個人情報を他に漏らさないようにさせるものとする。"));
        assertEquals("satisfied", Issue11Drafts.status("C1b", DP, "第4条　派遣元は、派遣労働者に、派遣先の個人情報を派遣業務以外の目的に利用させてはならない。"));
        assertEquals("satisfied", Issue11Drafts.status("C1b", DP, "第4条　派遣元は、派遣労働者が個人情報を派遣業務の目的外に使用することのないよう、必要な措置を講じなければならない。"));
    }

    @Test
    void materialsHandedToTheWorkersReturnThroughThem() {
        assertEquals("satisfied", Issue11Drafts.status("C5b", DP, "第4条　派遣元は、派遣期間が満了したときは、派遣先が派遣労働者に貸与した個人情報が記録された資料を、派遣労働者を通じて派遣先に返還させなければならない。"));
        assertEquals("satisfied", Issue11Drafts.status("C5b", DP, "第4条　派遣元は、派遣期間の終了時に、派遣労働者に交付された利用者名簿その他の資料が派遣先に返却されるようにしなければならない。"));
        assertEquals("satisfied", Issue11Drafts.status("C5b", DP, "第4条　派遣労働者は、派遣期間が終了したときは、派遣先から貸与された個人情報を含む資料を派遣先に返還しなければならない。派遣元は、派遣労働者にこれを守らせるものとする。"));
    }
}
