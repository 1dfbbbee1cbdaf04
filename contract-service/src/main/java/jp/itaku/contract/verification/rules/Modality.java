package jp.itaku.contract.verification.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern MODAL = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard(
            "(?<negpermit>" + classical("negpermit") + "ことができない|できない(?=。|$|もの|、)|ことはできない|ことはできません|ことができません|できません|ことができず|ことはできず|できないものとする|ことを要しない|を要しない|は要しない|は要しません|を要しません|必要はない|ことを得ない|限りではない)"
                    + "|(?<prohibit>" + classical("prohibit") + "ない(?:旨|よう)(?:を|に|の)?(?:誓約|遵守|徹底|指導|約束|確約|義務付|監督|管理|し(?:なければ|なくては|ます|、)|する(?:もの|こと|。)|させ(?:なければ|るもの|ること)|(?:必要な)?措置|注意)|ことのない(?:よう|ように)|てはなりません|てはいけません|ないでください|ないものとします|しないものとします|てはならない|ではならない|てはならず|ではならず|てはいけない|てはならぬ|を禁止する|を禁ずる|を禁じる|は禁止する|ないこと(?:。|$)|しないこと|させないこと|ないものとする)"
                    + "|(?<oblige>" + classical("oblige") + "なければなりません|ものとします|するものとします|義務を負います|責任を負います|なければならない|なければならず|ねばならない|ものとする|ものとし、|義務を負う|責任を負う|責めを負う|責を負う|こと(?:。|$))"
                    + "|(?<permit>" + classical("permit") + "ことができます|ことができる|できる(?=。|$|もの|、)|足りる|足りるものとする|ことができ、|差し支えない|差し支えありません|差し支えなく|構わない|構いません|かまいません|できます(?=。|$|、)|妨げない|ことがある(?=。|$|、)|場合がある(?=。|$|、)|ことがあります(?=。|$|、)|場合があります(?=。|$|、)|ことがございます|場合がございます|自由に行う|ものとすることができる|得るものとする)"
                    + "|(?<negate>" + classical("negate") + "(?<![得受経])せず(?=、)|負いません|いたしません|しません|負わない|負わず|しない(?:。|$|ものとする)|行わない|されない|[さわかたまばがな]ない(?=。|$))"));

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

    private static final Pattern PLAIN_END = Pattern.compile(jp.itaku.contract.verification.clause.FirstChars.guard("(する|行う|講ずる|講じる|従う|報告する|通知する|提出する|返却する|返還する|賠償する|消去する|廃棄する|引き渡す|届け出る|負う|とする|に従う|による|保存する|管理する|遵守する|受ける|求める|確認する|ます)(?:。|$)"));

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
    }

    private static final ThreadLocal<Found> LAST = ThreadLocal.withInitial(Found::new);

    private static Found find(String s, int at) {
        Found f = LAST.get();
        if (f.text == s && f.from <= at && (f.start < 0 || at <= f.start)) {
            return f;
        }
        Matcher m = MODAL.matcher(s);
        f.text = s;
        f.from = at;
        if (m.find(at)) {
            f.start = m.start();
            f.kind = m.group("negpermit") != null ? NEG_PERMIT : m.group("prohibit") != null ? PROHIBIT
                    : m.group("oblige") != null ? OBLIGE : m.group("permit") != null ? PERMIT : NEGATE;
        } else {
            f.start = -1;
            f.kind = NONE;
        }
        return f;
    }

    public boolean binding() {
        return this == OBLIGE || this == PLAIN || this == PROHIBIT;
    }
}
