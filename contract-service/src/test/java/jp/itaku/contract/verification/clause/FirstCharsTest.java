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
        assertEquals("(?=[\\x{7532}[わは]])(?:(?:\\Q甲\\E)|[わは]し)", FirstChars.guard("(?:\\Q甲\\E)|[わは]し"));
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
