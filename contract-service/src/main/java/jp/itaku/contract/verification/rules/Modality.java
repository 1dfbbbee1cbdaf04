package jp.itaku.contract.verification.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.clause.FirstChars;

/**
 * What a predicate does: prohibit (…てはならない), oblige (…なければならない, …ものとする), permit (…することができる),
 * deny a permission (…することができない), negate (…負わない) or state plainly (…消去する。).
 * 「…しないようにしなければならない」「…させないよう監督する」「…することのないよう措置を講ずる」 (ensuring it does
 * not happen) prohibits; older endings
 * (〜すべし, 〜すべからず, 〜することを得ず, 〜してはならぬ, 〜ものとす: {@code vocabulary/modality-classical.txt}) and
 * plain-language ones (〜してください, 〜しません, 〜してもかまいません: {@code vocabulary/modality-plain.txt}); a pledge or
 * instruction not to do it (…しない旨を誓約させる, …しないよう遵守させる) prohibits; 「…委託せず、…」 negates. Detected on the
 * normalised sentence after a keyword, so that 「複製してはならない」 and 「複製することができる」 are told apart.
 */
public enum Modality {
    NEG_PERMIT, PROHIBIT, OBLIGE, PERMIT, NEGATE, PLAIN, NONE;

    /** The five kinds' alternatives (older and plain-language endings first), in the order the search tries them. */
    private static final String[] GROUPS = {"negpermit", "prohibit", "oblige", "permit", "negate"};
    private static final String[] BODIES = {
            classical("negpermit") + "ことができない|できない(?=。|$|もの|、)|ことはできない|ことはできません|ことができません|できません|ことができず|ことはできず|できないものとする|ことを要しない|を要しない|は要しない|は要しません|を要しません|必要はない|ことを得ない|限りではない",
            classical("prohibit") + "ない(?:旨|よう)(?:を|に|の)?(?:誓約|遵守|徹底|指導|約束|確約|義務付|監督|管理|し(?:なければ|なくては|ます|、)|する(?:もの|こと|。)|させ(?:なければ|るもの|ること)|(?:必要な)?措置|注意)|ことのない(?:よう|ように)|てはなりません|てはいけません|ないでください|ないものとします|しないものとします|てはならない|ではならない|てはならず|ではならず|てはいけない|てはならぬ|を禁止する|を禁ずる|を禁じる|は禁止する|ないこと(?:。|$)|しないこと|させないこと|ないものとする",
            classical("oblige") + "なければなりません|ものとします|するものとします|義務を負います|責任を負います|なければならない|なければならず|ねばならない|ものとする|ものとし、|義務を負う|責任を負う|責めを負う|責を負う|こと(?:。|$)",
            classical("permit") + "ことができます|ことができる|できる(?=。|$|もの|、)|足りる|足りるものとする|ことができ、|差し支えない|差し支えありません|差し支えなく|構わない|構いません|かまいません|できます(?=。|$|、)|妨げない|ことがある(?=。|$|、)|場合がある(?=。|$|、)|ことがあります(?=。|$|、)|場合があります(?=。|$|、)|ことがございます|場合がございます|自由に行う|ものとすることができる|得るものとする",
            classical("negate") + "(?<![得受経])せず(?=、)|負いません|いたしません|しません|負わない|負わず|しない(?:。|$|ものとする)|行わない|されない|[さわかたまばがな]ない(?=。|$)"};

    private static final Pattern MODAL = Pattern.compile(FirstChars.guard(modal(i -> BODIES[i])));

    /** {@code (?<negpermit>…)|(?<prohibit>…)|…} with each kind's alternatives as given ({@code (?!)} for none). */
    private static String modal(java.util.function.IntFunction<String> body) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < GROUPS.length; i++) {
            String b = body.apply(i);
            sb.append(i == 0 ? "" : "|").append("(?<").append(GROUPS[i]).append('>').append(b.isEmpty() ? "(?!)" : b).append(')');
        }
        return sb.toString();
    }

    /**
     * The older and the plain-language endings of one group (vocabulary/modality-classical.txt, modality-plain.txt),
     * each followed by | to join the modern ones.
     */
    private static String classical(String group) {
        StringBuilder sb = new StringBuilder();
        for (String file : new String[]{"modality-classical", "modality-plain"}) {
            for (String line : jp.itaku.contract.verification.clause.Vocabulary.entries(file)) {
                int sp = line.indexOf(' ');
                if (line.substring(0, sp).equals(group)) {
                    sb.append(line.substring(sp + 1).strip()).append('|');
                }
            }
        }
        return sb.toString();
    }

    private static final Pattern PLAIN_END = Pattern.compile(FirstChars.guard("(する|行う|講ずる|講じる|従う|報告する|通知する|提出する|返却する|返還する|賠償する|消去する|廃棄する|引き渡す|届け出る|負う|とする|に従う|による|保存する|管理する|遵守する|受ける|求める|確認する|ます)(?:。|$)"));

    /** The first modal expression at or after {@code from}; PLAIN when the sentence just ends in a verb. */
    public static Modality after(String s, int from) {
        int at = Math.max(0, Math.min(from, s.length()));
        Found f = find(s, at);
        if (f.start >= 0) {
            return f.kind;
        }
        return PLAIN_END.matcher(s).find(at) ? PLAIN : NONE;
    }

    /** Position of the first modal expression at or after {@code from}, or -1. */
    public static int positionAfter(String s, int from) {
        return find(s, Math.max(0, Math.min(from, s.length()))).start;
    }

    /**
     * The last search of this thread: the rules ask the same sentence again and again (several elements, and a rule
     * twice in a row). A search from {@code from} that found a match at {@code start} (or none) answers every search
     * on the same string from a position between the two, since whether a match begins at a position does not depend
     * on where the search began.
     */
    private static final class Found {
        String text;
        int from;
        int start;
        Modality kind;
        /** This thread's matcher of each dispatch pattern, and the string it was last reset to. */
        Matcher[] matchers;
        String[] inputs;

        Matcher matcher(int i, String s) {
            if (matchers == null) {
                matchers = new Matcher[DISPATCH.length];
                inputs = new String[DISPATCH.length];
            }
            Matcher m = matchers[i];
            if (m == null) {
                m = DISPATCH[i].matcher(s);
                m.useTransparentBounds(true); // lookbehinds see the text before the position, as in one search
                m.useAnchoringBounds(false); // $ is the end of the sentence only
                matchers[i] = m;
                inputs[i] = s;
            } else if (inputs[i] != s) {
                m.reset(s);
                inputs[i] = s;
            }
            return m;
        }
    }

    private static final ThreadLocal<Found> LAST = ThreadLocal.withInitial(Found::new);

    private static Found find(String s, int at) {
        Found f = LAST.get();
        if (f.text == s && f.from <= at && (f.start < 0 || at <= f.start)) {
            return f;
        }
        f.text = s;
        f.from = at;
        f.start = -1;
        f.kind = NONE;
        if (DISPATCH == null) {
            Matcher m = MODAL.matcher(s);
            if (m.find(at)) {
                f.start = m.start();
                f.kind = kind(m);
            }
            return f;
        }
        for (int p = at; p < s.length(); p++) {
            int k = Arrays.binarySearch(DISPATCH_CHARS, s.charAt(p));
            if (k < 0) {
                continue;
            }
            Matcher m = f.matcher(DISPATCH_INDEX[k], s);
            m.region(p, s.length());
            if (m.lookingAt()) {
                f.start = p;
                f.kind = kind(m);
                return f;
            }
        }
        return f;
    }

    private static Modality kind(Matcher m) {
        return m.group("negpermit") != null ? NEG_PERMIT : m.group("prohibit") != null ? PROHIBIT
                : m.group("oblige") != null ? OBLIGE : m.group("permit") != null ? PERMIT : NEGATE;
    }

    /**
     * The search by first character: MODAL is an alternation of some 150 endings, and Java tries every one of them at
     * every position its guard lets through (most hiragana). A match at a position can only come from the alternatives
     * that can start with the character there, so for each such character a pattern of just those alternatives, in
     * the same order and the same named groups, decides the same match: the same first position, the same kind.
     * Patterns are shared between characters with the same alternatives. Null (search with MODAL) when an
     * alternative's first characters cannot be told.
     */
    private static final char[] DISPATCH_CHARS;
    private static final int[] DISPATCH_INDEX;
    private static final Pattern[] DISPATCH;

    static {
        List<List<String>> alternatives = new ArrayList<>();
        List<List<BitSet>> firsts = new ArrayList<>();
        TreeSet<Character> chars = new TreeSet<>();
        boolean ok = true;
        for (String body : BODIES) {
            List<String> alts = FirstChars.alternatives(body);
            if (alts == null) {
                ok = false;
                break;
            }
            List<BitSet> sets = new ArrayList<>();
            for (String a : alts) {
                BitSet b = FirstChars.firstSet(a);
                if (b == null || b.nextSetBit(0x10000) >= 0) {
                    ok = false;
                    break;
                }
                sets.add(b);
                for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) {
                    chars.add((char) c);
                }
            }
            alternatives.add(alts);
            firsts.add(sets);
        }
        if (!ok) {
            DISPATCH_CHARS = null;
            DISPATCH_INDEX = null;
            DISPATCH = null;
        } else {
            Map<String, Integer> index = new LinkedHashMap<>();
            DISPATCH_CHARS = new char[chars.size()];
            DISPATCH_INDEX = new int[chars.size()];
            int n = 0;
            for (char c : chars) {
                String regex = modal(i -> {
                    StringBuilder sb = new StringBuilder();
                    List<String> alts = alternatives.get(i);
                    for (int j = 0; j < alts.size(); j++) {
                        if (firsts.get(i).get(j).get(c)) {
                            sb.append(sb.length() == 0 ? "" : "|").append(alts.get(j));
                        }
                    }
                    return sb.toString();
                });
                DISPATCH_CHARS[n] = c;
                DISPATCH_INDEX[n++] = index.computeIfAbsent(regex, r -> index.size());
            }
            DISPATCH = new Pattern[index.size()];
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                DISPATCH[e.getValue()] = Pattern.compile(e.getKey());
            }
        }
    }

    /** The first modal expression at or after {@code from} as MODAL alone finds it: {start, kind ordinal} (tests). */
    static int[] findWithoutDispatch(String s, int from) {
        Matcher m = MODAL.matcher(s);
        return m.find(from) ? new int[]{m.start(), kind(m).ordinal()} : new int[]{-1, NONE.ordinal()};
    }

    /** The same through the dispatch by first character (tests; no cache). */
    static int[] findWithDispatch(String s, int from) {
        LAST.get().text = null;
        Found f = find(s, from);
        int[] r = {f.start, f.kind.ordinal()};
        f.text = null;
        return r;
    }

    static boolean dispatching() {
        return DISPATCH != null;
    }

    public boolean binding() {
        return this == OBLIGE || this == PLAIN || this == PROHIBIT;
    }
}
