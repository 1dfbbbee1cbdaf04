package jp.itaku.contract.verification.clause;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Concept vocabulary of the rules (synonyms of 複製, 再委託, 漏えい, 消去, 返却 …), kept as commented data files under
 * {@code jp/itaku/contract/verification/vocabulary/NAME.txt}: one alternative per line (Java regex syntax, most lines
 * are plain words), {@code #} starts a comment line. A missing or empty file is a programming error and fails at once.
 */
public final class Vocabulary {

    static final String DIR = "/jp/itaku/contract/verification/vocabulary/";

    private static final Map<String, List<String>> ENTRIES = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Vocabulary() {
    }

    /** The alternatives of one concept, in file order, without comments and blank lines. */
    public static List<String> entries(String name) {
        return ENTRIES.computeIfAbsent(name, Vocabulary::load);
    }

    /** The concept as one regex alternation ({@code a|b|c}). */
    public static String alternation(String name) {
        return String.join("|", entries(name));
    }

    /** The concept compiled as one pattern (cached). */
    public static Pattern pattern(String name) {
        return PATTERNS.computeIfAbsent(name, n -> Pattern.compile(alternation(n)));
    }

    private static List<String> load(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(DIR + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file missing: " + DIR + name + ".txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("vocabulary file empty: " + DIR + name + ".txt");
        }
        return List.copyOf(out);
    }
}
