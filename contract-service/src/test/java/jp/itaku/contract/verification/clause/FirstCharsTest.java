package jp.itaku.contract.verification.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first-character guard of a regex alternation must change nothing but the speed. */
class FirstCharsTest {

    private static final Path VOCABULARY = Paths.get("src/main/resources/jp/itaku/contract/verification/vocabulary");
    private static final Path OWN_CORPUS = Paths.get("src/test/resources/verification-own-corpus");

    @Test
    void guardsLiteralsGroupsLookbehindsAndQuotes() {
        assertEquals("(?=[\\x{518d}\\x{7b2c}])(?:再委託|第三者)", FirstChars.guard("再委託|第三者"));
        assertEquals("(?=[\\x{518d}\\x{59d4}])(?:(?<!先)(?:再)?委託)", FirstChars.guard("(?<!先)(?:再)?委託"));
        assertEquals("(?=[\\x{306f}\\x{308f}\\x{7532}])(?:(?:\\Q甲\\E)|[わは]し)", FirstChars.guard("(?:\\Q甲\\E)|[わは]し"));
    }

    @Test
    void writesManyFirstCharsAsATreeOfRanges() {
        // 7 ranges (0-9 is one): split in two under the range of all of them, at most 4 ranges tested in a row
        String c = FirstChars.charClass(new java.util.LinkedHashSet<>(List.of("\\x{6f0f}", "\\x{6d41}", "\\x{76d7}",
                "[あい]", "\\d", "\\x{5916}")));
        assertEquals("[\\x{30}-\\x{76d7}&&[[\\x{30}-\\x{3044}&&[\\x{30}-\\x{39}\\x{3042}\\x{3044}]]"
                + "[\\x{5916}-\\x{76d7}&&[\\x{5916}\\x{6d41}\\x{6f0f}\\x{76d7}]]]]", c);
    }

    /** The class written as a tree holds exactly the characters of the fragments, for every pattern we guard. */
    @Test
    void theTreeClassHoldsExactlyTheFragmentsCharacters() throws IOException {
        List<String> regexes = new ArrayList<>();
        try (Stream<Path> files = Files.list(VOCABULARY)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                regexes.add(Vocabulary.alternation(f.getFileName().toString().replace(".txt", "")));
            }
        }
        regexes.add("[a-c-]x|[-\\.]y|\\s|\\w|[ぁ-んー]z|\\Q甲\\E");
        int compared = 0;
        for (String regex : regexes) {
            java.util.Set<String> frags = FirstChars.fragments(regex);
            if (frags == null) {
                continue;
            }
            Matcher plain = Pattern.compile("[" + String.join("", frags) + "]").matcher("");
            Matcher tree = Pattern.compile(FirstChars.charClass(frags)).matcher("");
            for (char ch = 0; ch < 0xD800; ch++) {
                String one = String.valueOf(ch);
                assertEquals(plain.reset(one).matches(), tree.reset(one).matches(), regex + " at U+" + Integer.toHexString(ch));
            }
            compared++;
        }
        assertTrue(compared > 50, "only " + compared + " patterns compared");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a|.b", "(?i)abc", "[^。]x", "x?", "a|(?:b)*", "\\bword", "\\1a", "x|"})
    void leavesWhatItCannotReadUnguarded(String regex) {
        assertEquals(regex, FirstChars.guard(regex));
    }

    @Test
    void everyVocabularyMatchesExactlyTheSameInTheOwnCorpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(OWN_CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(texts.size() > 10, "own corpus not found");
        int guarded = 0;
        try (Stream<Path> files = Files.list(VOCABULARY)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                String plain = Vocabulary.alternation(name);
                Pattern original;
                try {
                    original = Pattern.compile(plain);
                } catch (RuntimeException notARegexFile) {
                    continue; // data files read line by line (modality endings …), never compiled as one pattern
                }
                Pattern fast = Vocabulary.pattern(name);
                guarded += fast.pattern().equals(plain) ? 0 : 1;
                for (String t : texts) {
                    assertSameMatches(original, fast, t, name);
                }
            }
        }
        assertTrue(guarded > 50, "only " + guarded + " vocabulary patterns guarded");
    }

    private static void assertSameMatches(Pattern original, Pattern fast, String text, String name) {
        Matcher a = original.matcher(text);
        Matcher b = fast.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean fa = a.find(from);
            assertEquals(fa, b.find(from), name + " at " + from);
            if (!fa) {
                return;
            }
            assertEquals(a.start(), b.start(), name + " start");
            assertEquals(a.end(), b.end(), name + " end");
            from = a.start() + 1;
        }
    }
}
