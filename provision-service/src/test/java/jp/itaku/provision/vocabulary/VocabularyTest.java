package jp.itaku.provision.vocabulary;

import jp.itaku.api.Term;
import jp.itaku.provision.provision.model.ProvisionState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary the portal shows instead of its own copies: every code in both languages, in the service's order. */
class VocabularyTest {

    @Test
    void everyCodeHasAJapaneseAndAnEnglishLabel() {
        Vocabulary v = Vocabulary.of();
        List<Term> all = Stream.of(v.provisionStates(), v.recipientTypes(), v.investigationTimings(),
                v.investigationResults(), v.improvementStates(), v.agencyTypes(), v.citations(), v.legalItems())
                .flatMap(List::stream).toList();
        assertEquals(20, all.size());
        for (Term t : all) {
            assertTrue(t.label() != null && !t.label().isBlank(), t.code() + " has no Japanese label");
            assertTrue(t.labelEn() != null && !t.labelEn().isBlank(), t.code() + " has no English label");
        }
    }

    @Test
    void provisionStatesComeInTheOrderOfAProvisionsLifeWithTheEnumsOwnLabels() {
        List<Term> states = Vocabulary.of().provisionStates();
        assertEquals(Arrays.stream(ProvisionState.values()).map(Enum::name).toList(), states.stream().map(Term::code).toList());
        assertEquals(List.of("起案", "合意済", "提供中", "終了"), states.stream().map(Term::label).toList());
        assertEquals(new Term("PROVIDING", "提供中", "Providing"), states.get(2));
    }

    @Test
    void nestedEnumsAreKeyedByTheirOuterClass() {
        assertEquals(new Term("CLOSED", "完了", "Closed"), Vocabulary.of().improvementStates().get(1));
        assertEquals(new Term("IMPROVEMENT_REQUIRED", "改善を要する", "Improvement required"),
                Vocabulary.of().investigationResults().get(1));
    }

    /** The form's items of the provision rule: the service's two, with the labels the portal used to keep itself. */
    @Test
    void legalItemsAreTheProvisionRulesItems() {
        assertEquals(List.of(new Term("ITEM_3", "第3号（行政機関・独立行政法人等・地方公共団体等への提供）", "Item 3 (to public bodies)"),
                new Term("ITEM_4", "第4号（それ以外の者への提供）", "Item 4 (to others)")), Vocabulary.of().legalItems());
    }
}
