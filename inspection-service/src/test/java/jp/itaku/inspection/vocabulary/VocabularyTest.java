package jp.itaku.inspection.vocabulary;

import jp.itaku.api.Term;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.chain.model.ChainConcern;
import jp.itaku.inspection.check.ImprovementRequest;
import jp.itaku.inspection.plan.PlanEntry;
import jp.itaku.inspection.plan.model.PlanState;
import jp.itaku.inspection.selfreport.SelfReport;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary the portal shows instead of its own copies: every code in both languages, in the service's order. */
class VocabularyTest {

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }

    @Test
    void everyConstantOfEveryEnumIsListedInTheServicesOrder() {
        Vocabulary v = Vocabulary.of();
        assertEquals(codes(PlanState.values()), codes(v.planStates()));
        assertEquals(codes(PlanEntry.Method.values()), codes(v.checkMethods()));
        assertEquals(codes(ChainNode.Status.values()), codes(v.chainStatuses()));
        assertEquals(codes(ImprovementRequest.Status.values()), codes(v.improvementStatuses()));
        assertEquals(codes(SelfReport.Status.values()), codes(v.selfReportStatuses()));
        assertEquals(codes(ChainConcern.values()), codes(v.chainConcerns()));
    }

    @Test
    void everyCodeHasAJapaneseAndAnEnglishLabel() {
        Vocabulary v = Vocabulary.of();
        List<Term> all = Stream.of(v.planStates(), v.checkMethods(), v.chainStatuses(), v.improvementStatuses(),
                v.selfReportStatuses(), v.chainConcerns()).flatMap(List::stream).toList();
        for (Term t : all) {
            assertTrue(t.label() != null && !t.label().isBlank(), t.code() + " has no Japanese label");
            assertTrue(t.labelEn() != null && !t.labelEn().isBlank(), t.code() + " has no English label");
        }
    }

    /** The labels the portal's pages showed from their own copies before, so the pages read the same. */
    @Test
    void japaneseLabelsAreThoseThePagesShow() {
        Vocabulary v = Vocabulary.of();
        assertEquals(List.of("期限超過", "期限間近", "実施済", "予定"), v.planStates().stream().map(Term::label).toList());
        assertEquals(List.of("実地", "リモート", "書面"), v.checkMethods().stream().map(Term::label).toList());
        assertEquals(List.of("承認待ち", "承認済", "不承認", "除外"), v.chainStatuses().stream().map(Term::label).toList());
        assertEquals(List.of("未対応", "回答あり", "完了"), v.improvementStatuses().stream().map(Term::label).toList());
        assertEquals(List.of("作成中", "提出済み（確認待ち）", "受理", "差戻し"),
                v.selfReportStatuses().stream().map(Term::label).toList());
        assertEquals(new Term("ONSITE", "実地", "On site"), v.checkMethods().get(0));
        assertEquals("Awaiting approval", v.chainStatuses().get(0).labelEn());
    }
}
