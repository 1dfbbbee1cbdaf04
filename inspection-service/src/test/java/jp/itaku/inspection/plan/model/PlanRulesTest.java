package jp.itaku.inspection.plan.model;

import jp.itaku.common.problem.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanRulesTest {

    @Test
    void anEndedPlanEntryCannotChange() {
        assertEquals(Decision.Kind.CONFLICT, PlanRules.update(false, true, null).kind());
    }

    @Test
    void remoteOrDocumentInspectionNeedsAReason() {
        Decision d = PlanRules.update(true, false, "  ");
        assertEquals(Decision.Kind.INVALID, d.kind());
        assertEquals(List.of("methodReason"), d.fields());
        assertTrue(PlanRules.update(true, false, "遠隔地（離島）のため映像で確認").isAllowed());
    }

    @Test
    void onSiteInspectionNeedsNoReason() {
        assertTrue(PlanRules.update(true, true, null).isAllowed());
    }
}
