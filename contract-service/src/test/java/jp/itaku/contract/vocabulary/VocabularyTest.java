package jp.itaku.contract.vocabulary;

import jp.itaku.api.Term;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary the portal shows instead of its own copies: every code in both languages, in the service's order. */
class VocabularyTest {

    @Test
    void everyCodeHasAJapaneseAndAnEnglishLabel() {
        Vocabulary v = Vocabulary.of();
        List<Term> all = Stream.of(v.engagementStates(), v.engagementKinds(), v.sensitivities(), v.locationPurposes(),
                v.placeTypes(), v.accessActions(), v.accessOutcomes()).flatMap(List::stream).toList();
        for (Term t : all) {
            assertTrue(t.label() != null && !t.label().isBlank(), t.code() + " has no Japanese label");
            assertTrue(t.labelEn() != null && !t.labelEn().isBlank(), t.code() + " has no English label");
        }
    }

    @Test
    void engagementStatesComeInTheOrderOfAnEngagementsLife() {
        assertEquals(List.of("起案", "契約審査中", "承認済", "履行中", "終了"),
                Vocabulary.of().engagementStates().stream().map(Term::label).toList());
        assertEquals("Under contract review", Vocabulary.of().engagementStates().get(1).labelEn());
    }

    @Test
    void accessRecordActionsAndOutcomesAreCommonsWithTheirLabels() {
        assertEquals(List.of("READ", "LIST", "EXPORT", "DOWNLOAD", "CREATE", "UPDATE", "DELETE"),
                Vocabulary.of().accessActions().stream().map(Term::code).toList());
        assertEquals(new Term("CONFIRMATION_REQUIRED", "確認待ち", "Awaiting confirmation"),
                Vocabulary.of().accessOutcomes().get(2));
    }
}
