package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.HA;
import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * C5b when return and erasure are alternatives (issue 11): at the client's choice (「お客様の選択により、返却又は削除」)
 * return is there whenever the client wants it — satisfied; at the contractor's choice (「乙の選択により、返却し、又は
 * 廃棄する」) return is not assured — missing, not contradicted (SPEC Conventions, C5a/C5b: destroying instead of
 * returning). Sentences written for the test.
 */
class ReturnChoiceTest {

    @Test
    void returnOrErasureAtTheContractorsChoiceLeavesReturnMissing() {
        assertEquals("missing", Issue11Drafts.status("C5b", HA, "第9条　受注者は、委託期間が満了したときは、受注者の選択により、発注者から貸与された資料を返却し、又は廃棄するものとする。"));
        assertEquals("missing", Issue11Drafts.status("C5b", TS, "第9条　当社は、本契約の終了後、当社の選択により、お客様データを削除又は返却します。"));
        assertEquals("missing", Issue11Drafts.status("C5b", KO, "第9条　乙は、契約が終了したときは、乙が選択する方法により、甲から提供された個人情報が記録された媒体を返還し、又は裁断して廃棄する。"));
    }

    @Test
    void returnOrErasureAtTheClientsChoiceSatisfies() {
        assertEquals("satisfied", Issue11Drafts.status("C5b", TS, "第9条　当社は、本契約の終了時に、お客様の選択により、お客様データを返却又は削除します。"));
        assertEquals("satisfied", Issue11Drafts.status("C5b", JU, "第9条　受託者は、契約が終了したときは、委託者の選択に従い、委託者から提供された資料を返還し、又は廃棄しなければならない。"));
        assertEquals("satisfied", Issue11Drafts.status("C5a", TS, "第9条　当社は、本契約の終了時に、お客様の選択により、お客様データを返却又は削除し、既存の複製物を復元できない方法で削除します。"));
    }
}
