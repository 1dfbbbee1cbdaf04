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

    /**
     * The concept compiled as one pattern (cached), guarded by {@link FirstChars}: the same matches, but a position
     * where no alternative can start costs one character test instead of one attempt per line of the file.
     */
    public static Pattern pattern(String name) {
        return PATTERNS.computeIfAbsent(name, n -> Pattern.compile(FirstChars.guard(alternation(n))));
    }

    private static final Map<String, String[]> PREFIXES = new ConcurrentHashMap<>();
    private static final String META = "([{.*+?|\\^$";

    /**
     * Fast pre-filter: could the text match the concept at all? Checks the literal start of every alternative with
     * {@code indexOf} (cheaper than the regex), so a word added to the data file is never filtered out before its rule
     * sees it; a file with an alternative that starts with a regex construct falls back to the pattern.
     */
    public static boolean mentions(String text, String name) {
        String[] prefixes = PREFIXES.computeIfAbsent(name, Vocabulary::literalPrefixes);
        if (prefixes.length == 0) {
            return pattern(name).matcher(text).find();
        }
        for (String p : prefixes) {
            if (text.indexOf(p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal start of each alternative, or none at all when some alternative has no literal start. A line with a
     * top-level alternation ({@code foo|bar}) is several alternatives: each of them needs its own literal start.
     */
    static String[] literalPrefixes(String name) {
        return literalPrefixes(entries(name));
    }

    static String[] literalPrefixes(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String e : topLevelAlternatives(line)) {
                int i = 0;
                while (i < e.length() && META.indexOf(e.charAt(i)) < 0) {
                    i++;
                }
                // a quantifier applies to the char before it: 「処分?」 guarantees only 「処」
                if (i < e.length() && "*?{".indexOf(e.charAt(i)) >= 0 && i > 0) {
                    i--;
                }
                if (i == 0) {
                    return new String[0];
                }
                out.add(e.substring(0, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** The line split at each {@code |} outside groups, character classes and escapes. */
    static List<String> topLevelAlternatives(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++; // the escaped char is literal
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        out.add(line.substring(start));
        return out;
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
