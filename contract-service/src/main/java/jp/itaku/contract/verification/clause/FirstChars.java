package jp.itaku.contract.verification.clause;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Speeds up a long regex alternation without changing what it matches: {@code a|b|c} becomes
 * {@code (?=[first chars])(?:a|b|c)}, where the class holds every character a match can start with. Java tries each
 * alternative at each position; the lookahead rejects most positions with one character test. The analysis is
 * conservative: any construct it does not know (., flags, back references, a negated class, an alternative
 * that can match the empty string …) leaves the regex unguarded, exactly as written.
 */
public final class FirstChars {

    private FirstChars() {
    }

    /** Thrown when the regex uses something the analysis does not cover. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** The first-character class fragments of a sequence or alternation, and whether it can match "". */
    private record First(Set<String> fragments, boolean nullable) {
    }

    /** The guarded form of {@code regex}, or {@code regex} itself when its first characters cannot be told safely. */
    public static String guard(String regex) {
        Set<String> f = fragments(regex);
        return f == null ? regex : "(?=" + charClass(f) + ")(?:" + regex + ")";
    }

    /** The class fragments of the characters a match of {@code regex} can start with, or null when not told safely. */
    static Set<String> fragments(String regex) {
        try {
            int[] at = {0};
            First f = alternation(regex, at);
            if (at[0] != regex.length() || f.nullable() || f.fragments().isEmpty()) {
                return null;
            }
            return f.fragments();
        } catch (Unsupported | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Every character a match of {@code regex} can start with, or null when that cannot be told safely (the regex can
     * match "", or uses a construct the analysis does not read).
     */
    public static java.util.BitSet firstSet(String regex) {
        Set<String> f = fragments(regex);
        if (f == null) {
            return null;
        }
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (String frag : f) {
            if (!addTo(set, frag)) {
                return null;
            }
        }
        return set;
    }

    /**
     * The top-level alternatives of {@code regex} ({@code a|(?:b|c)|d} → a, (?:b|c), d), or null when it cannot be
     * split safely.
     */
    public static List<String> alternatives(String regex) {
        List<String> out = new java.util.ArrayList<>();
        int[] at = {0};
        try {
            int start = 0;
            while (true) {
                skipRest(regex, at);
                if (at[0] < regex.length() && regex.charAt(at[0]) == ')') {
                    return null; // an unbalanced )
                }
                out.add(regex.substring(start, at[0]));
                if (at[0] >= regex.length()) {
                    return out;
                }
                at[0]++; // the |
                start = at[0];
            }
        } catch (StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * The class of the first characters. Java tests a class of single characters above U+00FF as a chain of one test
     * per character, walked to its end for every character that is not in it (most positions of a text); so the set is
     * written as a balanced tree of ranges instead ({@code [[lo-mid&&[…]][mid-hi&&[…]]]}): a few range tests per
     * position. Fragments whose set is not read here (\\D, \\S, \\W) keep the plain class.
     */
    static String charClass(Set<String> fragments) {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (String f : fragments) {
            if (!addTo(set, f)) {
                return "[" + String.join("", fragments) + "]";
            }
        }
        List<int[]> ranges = new java.util.ArrayList<>();
        for (int c = set.nextSetBit(0); c >= 0; ) {
            int end = set.nextClearBit(c); // exclusive
            ranges.add(new int[]{c, end - 1});
            c = set.nextSetBit(end);
        }
        if (ranges.size() <= LEAF) {
            return leaf(ranges);
        }
        return "[" + range(ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]) + "&&" + tree(ranges) + "]";
    }

    /** At most this many ranges are tested one after another. */
    private static final int LEAF = 4;

    private static String tree(List<int[]> ranges) {
        if (ranges.size() <= LEAF) {
            return leaf(ranges);
        }
        int mid = ranges.size() / 2;
        List<int[]> left = ranges.subList(0, mid);
        List<int[]> right = ranges.subList(mid, ranges.size());
        return "[[" + range(left.get(0)[0], left.get(left.size() - 1)[1]) + "&&" + tree(left) + "]["
                + range(right.get(0)[0], right.get(right.size() - 1)[1]) + "&&" + tree(right) + "]]";
    }

    private static String leaf(List<int[]> ranges) {
        StringBuilder sb = new StringBuilder("[");
        for (int[] r : ranges) {
            sb.append(range(r[0], r[1]));
        }
        return sb.append(']').toString();
    }

    private static String range(int lo, int hi) {
        return lo == hi ? hex((char) lo) : hex((char) lo) + "-" + hex((char) hi);
    }

    /** Adds the characters of one fragment (as {@link #hex}, a plain class body, \\d \\s \\w); false if not read. */
    private static boolean addTo(java.util.BitSet set, String f) {
        if (f.startsWith("\\x{")) {
            set.set(Integer.parseInt(f.substring(3, f.length() - 1), 16));
            return true;
        }
        switch (f) {
            case "\\d" -> {
                set.set('0', '9' + 1);
                return true;
            }
            case "\\s" -> {
                for (char c : new char[]{' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                    set.set(c);
                }
                return true;
            }
            case "\\w" -> {
                set.set('a', 'z' + 1);
                set.set('A', 'Z' + 1);
                set.set('0', '9' + 1);
                set.set('_');
                return true;
            }
            default -> {
            }
        }
        if (!f.startsWith("[") || !f.endsWith("]")) {
            return false;
        }
        // a body as charClass() accepted it: plain chars and escaped punctuation, a-b ranges, - first or last literal
        List<Character> items = new java.util.ArrayList<>();
        List<Boolean> literalDash = new java.util.ArrayList<>();
        for (int i = 1; i < f.length() - 1; i++) {
            char c = f.charAt(i);
            boolean escaped = c == '\\';
            if (escaped) {
                c = f.charAt(++i);
            }
            items.add(c);
            literalDash.add(escaped || c != '-');
        }
        for (int i = 0; i < items.size(); i++) {
            char c = items.get(i);
            if (!literalDash.get(i)) { // an unescaped -
                if (i == 0 || i == items.size() - 1) {
                    set.set('-');
                    continue;
                }
                return false; // a dash between two items is a range, read with its start below
            }
            if (i + 2 < items.size() && !literalDash.get(i + 1)) {
                char hi = items.get(i + 2);
                if (hi < c || (!literalDash.get(i + 2))) {
                    return false;
                }
                set.set(c, hi + 1);
                i += 2;
                if (i + 1 < items.size() - 1 && !literalDash.get(i + 1)) {
                    return false; // a-b-c: not read
                }
                continue;
            }
            set.set(c);
        }
        return true;
    }

    private static First alternation(String s, int[] at) {
        Set<String> frags = new LinkedHashSet<>();
        boolean nullable = false;
        while (true) {
            First f = sequence(s, at);
            frags.addAll(f.fragments());
            nullable |= f.nullable();
            if (at[0] < s.length() && s.charAt(at[0]) == '|') {
                at[0]++;
                continue;
            }
            return new First(frags, nullable);
        }
    }

    private static First sequence(String s, int[] at) {
        Set<String> frags = new LinkedHashSet<>();
        boolean nullable = true;
        while (at[0] < s.length() && s.charAt(at[0]) != '|' && s.charAt(at[0]) != ')') {
            First atom = atom(s, at);
            boolean optional = quantifier(s, at);
            frags.addAll(atom.fragments());
            nullable = atom.nullable() || optional;
            if (!nullable) {
                skipRest(s, at); // the rest of the alternative cannot start a match
            }
        }
        return new First(frags, nullable);
    }

    /** Moves to the | or ) that ends the current alternative, over groups, classes and escapes. */
    private static void skipRest(String s, int[] at) {
        int depth = 0;
        int i = at[0];
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("\\Q", i)) {
                int e = s.indexOf("\\E", i + 2);
                i = e < 0 ? s.length() : e + 2;
                continue;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(s, i);
                continue;
            }
            if (depth == 0 && (c == '|' || c == ')')) {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        at[0] = i;
    }

    /** The index after the ] that closes the class opening at {@code i} (nested classes included). */
    private static int classEnd(String s, int i) {
        int depth = 0;
        i++;
        if (s.charAt(i) == '^') {
            i++;
        }
        if (s.charAt(i) == ']') {
            i++; // a leading ] is literal
        }
        while (true) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                depth++;
                i++;
            } else if (c == ']') {
                i++;
                if (depth-- == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
    }

    /** Skips a quantifier after an atom; true when it allows zero repetitions. */
    private static boolean quantifier(String s, int[] at) {
        if (at[0] >= s.length()) {
            return false;
        }
        char c = s.charAt(at[0]);
        boolean optional;
        if (c == '*' || c == '?') {
            optional = true;
            at[0]++;
        } else if (c == '+') {
            optional = false;
            at[0]++;
        } else if (c == '{') {
            int close = s.indexOf('}', at[0]);
            String min = s.substring(at[0] + 1, close).split(",", -1)[0].strip();
            if (!min.matches("[0-9]+")) {
                throw new Unsupported();
            }
            optional = Integer.parseInt(min) == 0;
            at[0] = close + 1;
        } else {
            return false;
        }
        if (at[0] < s.length() && (s.charAt(at[0]) == '?' || s.charAt(at[0]) == '+')) {
            at[0]++; // lazy or possessive
        }
        return optional;
    }

    private static First atom(String s, int[] at) {
        int i = at[0];
        char c = s.charAt(i);
        switch (c) {
            case '(' -> {
                if (s.startsWith("(?=", i) || s.startsWith("(?!", i) || s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
                    at[0] = i + (s.charAt(i + 2) == '<' ? 4 : 3);
                    skipRest(s, at); // zero-width: only its end is needed
                    while (at[0] < s.length() && s.charAt(at[0]) == '|') {
                        at[0]++;
                        skipRest(s, at);
                    }
                    close(s, at);
                    return new First(Set.of(), true);
                }
                if (s.startsWith("(?:", i)) {
                    at[0] = i + 3;
                } else if (s.startsWith("(?<", i)) {
                    int gt = s.indexOf('>', i);
                    if (!s.substring(i + 3, gt).matches("[A-Za-z][A-Za-z0-9]*")) {
                        throw new Unsupported();
                    }
                    at[0] = gt + 1;
                } else if (s.startsWith("(?", i)) {
                    throw new Unsupported(); // flags, atomic groups …
                } else {
                    at[0] = i + 1;
                }
                First inner = alternation(s, at);
                close(s, at);
                return inner;
            }
            case '[' -> {
                return charClass(s, at);
            }
            case '\\' -> {
                return escape(s, at);
            }
            case '^', '$' -> {
                at[0] = i + 1;
                return new First(Set.of(), true);
            }
            case '.', '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unsupported();
                }
                at[0] = i + 1;
                return new First(Set.of(hex(c)), false);
            }
        }
    }

    private static void close(String s, int[] at) {
        if (at[0] >= s.length() || s.charAt(at[0]) != ')') {
            throw new Unsupported();
        }
        at[0]++;
    }

    /** A plain class such as [わは] or [^。]: the negated and the nested ones are not analysed. */
    private static First charClass(String s, int[] at) {
        int i = at[0] + 1;
        if (s.charAt(i) == '^' || s.charAt(i) == ']') {
            throw new Unsupported();
        }
        StringBuilder body = new StringBuilder();
        while (s.charAt(i) != ']') {
            char c = s.charAt(i);
            if (c == '[' || c == '&' || Character.isSurrogate(c)) {
                throw new Unsupported();
            }
            if (c == '\\') {
                char n = s.charAt(i + 1);
                if (Character.isLetterOrDigit(n)) {
                    throw new Unsupported();
                }
                body.append(c).append(n);
                i += 2;
            } else {
                body.append(c);
                i++;
            }
        }
        at[0] = i + 1;
        return new First(Set.of("[" + body + "]"), false); // nested: a trailing - cannot join the next fragment
    }

    /** An escaped punctuation character or \\d, \\s, \\w; anything else (\\b, \\Q, \\1, \\p …) is not analysed. */
    private static First escape(String s, int[] at) {
        char n = s.charAt(at[0] + 1);
        if (n == 'Q') { // Pattern.quote: its first character (a quantifier after \E would only make the guard wider)
            int e = s.indexOf("\\E", at[0] + 2);
            int end = e < 0 ? s.length() : e;
            if (end == at[0] + 2 || Character.isSurrogate(s.charAt(at[0] + 2))) {
                throw new Unsupported();
            }
            char first = s.charAt(at[0] + 2);
            at[0] = e < 0 ? s.length() : e + 2;
            return new First(Set.of(hex(first)), false);
        }
        at[0] += 2;
        if ("dDsSwW".indexOf(n) >= 0) {
            return new First(Set.of("\\" + n), false);
        }
        if (Character.isLetterOrDigit(n) || Character.isSurrogate(n)) {
            throw new Unsupported();
        }
        return new First(Set.of(hex(n)), false);
    }

    /** {@code \\x{6f0f}} (written by hand: String.format is slow, and a party pattern is built per draft). */
    private static String hex(char c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
