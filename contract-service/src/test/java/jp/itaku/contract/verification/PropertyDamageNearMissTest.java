package jp.itaku.contract.verification;

import static jp.itaku.contract.verification.Issue11Drafts.DP;
import static jp.itaku.contract.verification.Issue11Drafts.HA;
import static jp.itaku.contract.verification.Issue11Drafts.JU;
import static jp.itaku.contract.verification.Issue11Drafts.KO;
import static jp.itaku.contract.verification.Issue11Drafts.TS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * C6b when damages are owed only for damage to the client's buildings, equipment or goods, or to a person's body or
 * property (issue 11): a near miss, missing — also when the clause names fault (故意又は過失) — unless it, or another
 * clause, covers a breach of the contract or loss in general (vocabulary/property-damage.txt; SPEC Conventions, C6b).
 * Sentences written for the test.
 */
class PropertyDamageNearMissTest {

    static String c6b(String preamble, String body) {
        return Issue11Drafts.status("C6b", preamble, body);
    }

    @Test
    void damagesOnlyForBuildingsEquipmentOrBodiesAreANearMiss() {
        VerificationReport r = Issue11Drafts.verify(JU, "第13条　受託者は、本業務の実施に当たり、委託者の庁舎、設備又は物品を損傷したときは、その損害を賠償しなければならない。");
        assertEquals("missing", r.element("C6b").status());
        assertTrue(r.element("C6b").explanation().contains("施設・物品"), r.element("C6b").explanation());
        assertEquals("missing", c6b(DP, "第7条　派遣元は、派遣労働者の故意又は過失により派遣先の庁舎、設備、備品その他の財産に損害を与えたときは、その損害を賠償しなければならない。"));
        assertEquals("missing", c6b(KO, "第13条　乙は、作業中の乙の従業員の行為により、第三者の身体又は財産に損害を与えたときは、乙の負担においてその損害を賠償するものとする。"));
        assertEquals("missing", c6b(TS, "第13条　当社は、当社の作業員がお客様の施設内の機器を破損させたときは、その修理に要する費用を賠償します。"));
        assertEquals("missing", c6b(JU, "第13条　受託者は、その責めに帰すべき事由により、委託者の施設又は備品を滅失し、又はき損したときは、これを弁償しなければならない。"));
        assertEquals("missing", c6b(KO, "第13条　乙は、業務の実施に際し、乙の過失により甲の建物、設備その他の物件に損害を与えたときは、その損害を賠償する。"));
    }

    @Test
    void aGeneralClauseForBreachOrLossInGeneralStillSatisfies() {
        assertEquals("satisfied", c6b(HA, "第13条　受注者は、発注者の施設又は設備を損傷したときは、これを原状に復し、又はその損害を賠償しなければならない。\n"
                + "2　前項に定めるもののほか、受注者は、この契約の規定に違反し、発注者に損害を与えたときは、その損害を賠償しなければならない。"));
        assertEquals("satisfied", c6b(KO, "第13条　乙は、甲の施設を損傷したとき、その他この契約の履行に関し甲に損害を与えたときは、その損害を賠償しなければならない。"));
        assertEquals("satisfied", c6b(DP, "第7条　派遣元は、派遣労働者が個人情報の取扱いに関する義務に違反し、派遣先に損害を与えたときは、その損害を賠償しなければならない。"));
    }
}
