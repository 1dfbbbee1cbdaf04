package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * C5b: return or destruction left to the contractor's judgement (the contractor's 判断 picking between returning and destroying) is not an
 * assured return — missing, not contradicted (SPEC Conventions, C5a/C5b) — as with 「乙の選択により」; the client's
 * judgement keeps it; a text saying media need not be returned stays contradicted. Sentences written for the test.
 */
class ReturnJudgementTest {

    static final String KOU = "委託契約書\n\n　北谷市（以下「甲」という。）と株式会社北谷（以下「乙」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　乙は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n";
    static final String ITAKU = "委託契約書\n\n　東川町（以下「委託者」という。）と株式会社東川（以下「受託者」という。）は、次のとおり契約を締結する。\n\n"
            + "第1条　受託者は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n";

    static String c5b(String text) {
        return Issue11Drafts.status("C5b", text, "");
    }

    @Test
    void returnOrDestructionAtTheContractorsJudgementIsMissing() {
        for (String d : List.of(
                KOU + "第2条　乙は、業務終了後、甲から貸与された個人情報が記録された資料を、乙の判断により、甲に返還し、又は裁断処理しなければならない。",
                ITAKU + "第2条　受託者は、委託業務の終了後、個人情報が記録された媒体を受託者の判断で返却し、又は溶解処理する。")) {
            assertEquals("missing", c5b(d), d);
        }
    }

    @Test
    void theClientsJudgementKeepsTheReturn() {
        assertEquals("satisfied", c5b(KOU + "第2条　乙は、業務終了後、個人情報が記録された資料を、甲の判断により、甲に返還し、又は廃棄しなければならない。"));
    }

    @Test
    void mediaThatNeedNotBeReturnedStayContradicted() {
        assertEquals("contradicted", c5b(ITAKU + "第2条　受託者は、業務終了後、個人情報が記録された媒体を委託者に返還することを要しない。"));
    }
}
