package jp.itaku.contract.verification.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jp.itaku.contract.verification.rules.Modality;

/**
 * The clause model's reading of waivers (vocabulary/waived-ending.txt) and of retention after the end
 * (retention.txt, retention-by-law.txt, retention-other-ground.txt): what the element rules rely on.
 */
class ClauseWaiverRetentionTest {

    static boolean waivedAfter(String sentence, String act) {
        return Clause.of(sentence).waivedAfter(sentence.indexOf(act) + act.length());
    }

    @Test
    void aWaivingEndingRightAfterTheActWaivesIt() {
        assertTrue(waivedAfter("乙は、資料を返還するには及ばない。", "返還"));
        assertTrue(waivedAfter("乙は、甲への報告を省略できる。", "報告"));
        assertTrue(waivedAfter("乙は、名簿を提出しなくてもよい。", "提出"));
        assertTrue(waivedAfter("乙は、媒体の返却を省略して差し支えない。", "返却"));
    }

    @Test
    void anEndingAfterAnotherClauseOrObjectDoesNot() {
        assertFalse(waivedAfter("乙は、甲に報告し、報告書の記載事項の一部を省略することができる。", "報告"));
        assertFalse(waivedAfter("乙は、直ちに甲に報告しなければならない。", "報告"));
    }

    @Test
    void anActAsTheTopicOfALaterWaiverIsWaived() {
        String s = "前項の消去は、乙が再利用の見込みがあると認めるときは、省略することができる。";
        assertTrue(Clause.of(s).waivedAsTopic(s.indexOf("消去") + 2));
        String t = "前項の報告は、口頭で行うことができる。";
        assertFalse(Clause.of(t).waivedAsTopic(t.indexOf("報告") + 2));
    }

    @Test
    void waivingEndingsKeepTheirOwnModalitySoAPermissionStaysAPermission() {
        assertEquals(Modality.PERMIT, Modality.after("乙は、再委託する場合、甲への届出を省略することができる。", 0));
        assertEquals(Modality.PERMIT, Modality.after("当社は、お客様データを利用することがあります。", 0));
        assertEquals(Modality.PERMIT, Modality.after("当社は、データを保持する場合があります。", 0));
    }

    @Test
    void keepingTheDataAfterTheEndIsReadFromThePredicate() {
        assertTrue(Clause.of("乙は、業務完了後も個人情報の保管を継続できる。").retainsAfterEnd());
        assertTrue(Clause.of("当社は、契約終了後であっても、お客様データを保持する場合があります。").retainsAfterEnd());
        assertTrue(Clause.of("乙は、委託期間の満了後、個人情報を保有することができる。").retainsAfterEnd());
        assertFalse(Clause.of("乙は、業務完了後、乙が保有する個人情報を消去しなければならない。").retainsAfterEnd());
    }

    @Test
    void retentionByLawIsTheLawsAloneUnlessAnotherGroundIsAdded() {
        assertTrue(Vocabulary.pattern("retention-by-law").matcher("法令により保存が義務付けられている帳簿").find());
        assertTrue(Vocabulary.pattern("retention-by-law").matcher("法律の定めにより保存を要する記録").find());
        assertTrue(Vocabulary.pattern("retention-other-ground").matcher("法令に基づく場合その他当社が必要と認める場合").find());
        assertFalse(Vocabulary.pattern("retention-other-ground").matcher("法令により保存が義務付けられている帳簿又は記録").find());
    }
}
