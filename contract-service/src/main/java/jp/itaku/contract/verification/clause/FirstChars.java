package jp.itaku.contract.verification.clause;

import java.util.LinkedHashSet;
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
        try {
            int[] at = {0};
            First f = alternation(regex, at);
            if (at[0] != regex.length() || f.nullable() || f.fragments().isEmpty()) {
                return regex;
            }
            return "(?=[" + String.join("", f.fragments()) + "])(?:" + regex + ")";
        } catch (Unsupported | StringIndexOutOfBoundsException e) {
            return regex;
        }
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

    private static String hex(char c) {
        return String.format("\\x{%x}", (int) c);
    }
}
