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
                v.investigationResults(), v.improvementStates(), v.agencyTypes(), v.citations())
                .flatMap(List::stream).toList();
        assertEquals(18, all.size());
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
}
