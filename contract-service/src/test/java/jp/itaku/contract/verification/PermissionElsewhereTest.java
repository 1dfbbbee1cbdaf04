package jp.itaku.contract.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A permission or exception stated in another article or part (仕様書, 質問回答, 別表) that empties an obligation of
 * the body (issue 11): without a precedence statement the element is contradicted, the evidence quotes the permitting
 * sentence and the obligation, and the Japanese explanation names the permitting sentence and what it allows. A narrow
 * exception the client controls leaves the element satisfied (SPEC Conventions, Exceptions). Sentences written for the
 * test, in several party names and styles.
 */
class PermissionElsewhereTest {

    static ElementResult element(String text, String id) {
        return ClauseModelPhenomenaTest.verify(text + "\n").element(id);
    }

    static List<String> evidence(ElementResult r) {
        return r.evidence().stream().map(Evidence::text).toList();
    }

    /** Contradicted; the evidence quotes both sentences, the explanation names the permitting one (in {@code part}). */
    private static void assertContradictedBy(ElementResult r, String permitting, String obligation, String part) {
        assertEquals("contradicted", r.status(), r.explanation());
        List<String> ev = evidence(r);
        assertTrue(ev.stream().anyMatch(t -> t.contains(obligation)), "obligation quoted: " + ev);
        Evidence permit = r.evidence().stream().filter(e -> e.text().contains(permitting)).findFirst().orElse(null);
        assertTrue(permit != null, "permitting sentence quoted: " + ev);
        assertTrue(permit.article().startsWith(part) || permit.article().contains(part), permit.article());
        assertTrue(r.explanation().startsWith(permit.article()), "explanation names the permitting sentence first: " + r.explanation());
    }

    @Test
    void aSpecificationLettingTheContractorSubcontractAtItsDiscretionEmptiesTheApproval() {
        String text = "第4条　乙は、甲の書面による承諾を得なければ、本業務を第三者に委託してはならない。\n\n"
                + "別紙　仕様書\n\n5　作業体制\n(1)　乙は、作業量に応じて、乙の判断により、作業の一部を協力事業者に行わせることができる。\n";
        assertContradictedBy(element(text, "C2"), "乙の判断により", "承諾を得なければ", "別紙");
    }

    @Test
    void aSpecificationAllowingSubcontractingOnNoticeEmptiesTheApproval() {
        String text = "（再委託）\n第7条　受注者は、あらかじめ発注者の承認を得た場合を除き、業務を再委託してはならない。\n\n"
                + "仕様書\n\n3.　受注者は、再委託先の名称を発注者に通知した上で、入力業務の一部を再委託することができる。\n";
        assertContradictedBy(element(text, "C2"), "通知した上で", "承認を得た場合を除き", "別添");
    }

    @Test
    void anAnswerOfAQandAThatPermitsSubcontractingEmptiesTheApproval() {
        String text = "第5条　受託者は、委託者の事前の承認なく、本業務の処理を他に委託してはならない。\n\n"
                + "別添　質問回答書\n\n問1　発送作業を外部に出してよいか。\n答1　受託者の判断で、発送作業を他の事業者に委託することができます。\n";
        assertContradictedBy(element(text, "C2"), "受託者の判断で", "事前の承認なく", "別添");
    }

    @Test
    void anotherArticleKeepingCopiesForTheContractorsOwnRecordsEmptiesTheErasure() {
        String text = "第8条　乙は、業務が終了したときは、個人情報を復元できない方法により消去しなければならない。\n"
                + "第15条　乙は、自社の監査に備えるため、本業務で取り扱った個人情報の写しを保存することができる。\n";
        assertContradictedBy(element(text, "C5a"), "監査に備えるため", "消去しなければならない", "第15条");
    }

    @Test
    void aSpecificationKeepingTheWorkDataAsTheContractorsRecordEmptiesTheErasure() {
        String text = "第9条　受注者は、業務完了後、発注者から提供された個人情報を消去し、その旨を発注者に報告しなければならない。\n\n"
                + "別紙　仕様書\n\n8　記録の保存\n　受注者は、業務完了後も、受注者の業務記録として、作業データの複製を3年間保管するものとする。\n";
        assertContradictedBy(element(text, "C5a"), "業務記録として", "消去し", "別紙");
    }

    @Test
    void aNarrowExceptionTheClientControlsInTheSpecificationKeepsTheObligation() {
        String copy = "第6条　乙は、甲の承認を得ないで、個人情報を複写してはならない。\n\n別紙　仕様書\n\n"
                + "4　乙は、甲が指定する宛名ラベルの作成に必要な範囲に限り、甲の指示に従い、個人情報を複写するものとする。\n";
        assertEquals("satisfied", element(copy, "C3").status());
        String sub = "第4条　受託者は、委託者の書面による承認を得ずに本業務を第三者に委託してはならない。\n\n仕様書\n\n"
                + "2.　受託者は、委託者が書面により承認した協力会社に限り、作業の一部を行わせることができる。\n";
        assertEquals("satisfied", element(sub, "C2").status());
        String keep = "第8条　乙は、業務終了後、個人情報を消去しなければならない。\n"
                + "第12条　乙は、甲が書面により承諾した場合に限り、業務終了後も個人情報を保存することができる。\n";
        assertEquals("satisfied", element(keep, "C5a").status());
    }
}
