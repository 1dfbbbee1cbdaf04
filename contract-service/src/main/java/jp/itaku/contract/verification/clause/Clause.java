package jp.itaku.contract.verification.clause;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sentence (or list item with its lead) says beyond its words, as the element rules reason over it: the scope
 * operators that limit or override other clauses (ただし書, 〜にかかわらず, 〜を除き, この限りでない, 〜が優先する,
 * 準用する), and the conditions that decide whether an exception is under the client's control (approval,
 * instruction) or left to the contractor (discretion), whether a duty is waived (〜を要しない), whether data is kept
 * after the end, and whether a report comes only after the fact. Who is bound and the modality come from
 * {@code rules.Parties} and {@code rules.Modality}; the words of each condition live in the vocabulary files.
 */
public final class Clause {

    public enum Operator {
        /** 「ただし、…」 */
        PROVISO,
        /** 「前項の規定にかかわらず」「…にかかわらず」 */
        NOTWITHSTANDING,
        /** 「…を除き」「…場合を除いて」 */
        EXCEPT,
        /** 「この限りでない」 */
        NOT_APPLY,
        /** 「…に限り」 */
        LIMITED_TO,
        /** 「…が優先する」「優先して適用」 */
        PRECEDENCE,
        /** 「…を準用する」 */
        MUTATIS_MUTANDIS
    }

    private static final Pattern NOTWITHSTANDING = Pattern.compile("(?:規定|定め|条|項|号|記載)?に(?:かかわらず|関わらず|拘らず)");
    private static final Pattern EXCEPT = Pattern.compile("を除き|を除いて|を除く|場合を除|場合のほか");
    private static final Pattern NOT_APPLY = Vocabulary.pattern("not-apply");
    private static final Pattern LIMITED_TO = Pattern.compile("に限り|に限って|に限る");
    private static final Pattern PRECEDENCE = Pattern.compile("優先(?:する|して|し、|され|します)");
    private static final Pattern MUTATIS = Pattern.compile("準用する");

    static final Pattern APPROVAL = Vocabulary.pattern("approval");
    static final Pattern APPROVAL_WAIVED = Vocabulary.pattern("approval-waived");
    static final Pattern INSTRUCTION = Vocabulary.pattern("instruction");
    static final Pattern DISCRETION = Vocabulary.pattern("discretion");
    static final Pattern WAIVER = Vocabulary.pattern("waiver");
    static final Pattern WAIVED_ENDING = Vocabulary.pattern("waived-ending");
    static final Pattern UNTIL_ERASURE = Vocabulary.pattern("until-erasure");
    static final Pattern JUDGEMENT = Vocabulary.pattern("judgement");
    static final Pattern RETENTION = Vocabulary.pattern("retention");
    static final Pattern AFTER_END = Vocabulary.pattern("after-end");
    static final Pattern AFTER_THE_FACT = Vocabulary.pattern("after-the-fact");
    static final Pattern CAUSATIVE = Pattern.compile("(?:" + Vocabulary.alternation("causative") + ")");
    private static final Pattern BOUNDED_BACKUP = Pattern.compile("バックアップ[^。]{0,40}\\d+日|\\d+日[^。]{0,30}バックアップ|世代");
    private static final Pattern EXCEPTED_RETENTION = Pattern.compile("(?:保存|保管|保持)[^。、]{0,30}(?:を除き|場合を除|ものを除)");

    private static final Pattern ACCESS_LOG = Pattern.compile("アクセス(?:の)?記録|アクセスログ|接続(?:の)?記録|操作ログ|操作(?:の)?記録|作業記録");
    private static final Pattern SECRET_BEFORE = Pattern.compile("秘密(?:を|の)$");
    private static final Pattern VERBAL = Pattern.compile("(?:(?:を|の)?継続(?:する|し|でき)|し続け|する場合が(?:あ|ござ)|する(?!場合|限り|[\\p{IsHan}\\p{IsKatakana}])|し(?:、|て(?!い)|なければ|ておく|ます)|すこと|することが|すること|するもの|できる|しても)");

    private final String text;
    private Set<Operator> operators;

    /** Whether each pattern asked about so far occurs in the sentence (a sentence's clause is asked by many rules). */
    private final Map<Pattern, Boolean> found = new IdentityHashMap<>();

    private Clause(String text) {
        this.text = text;
    }

    /** {@code p.matcher(text).find()}, computed once per pattern for this sentence. */
    public boolean finds(Pattern p) {
        Boolean f = found.get(p);
        if (f == null) {
            f = p.matcher(text).find();
            found.put(p, f);
        }
        return f;
    }

    public static Clause of(String sentence) {
        return new Clause(sentence);
    }

    public Set<Operator> operators() {
        if (operators == null) {
            Set<Operator> o = EnumSet.noneOf(Operator.class);
            if (provisoWord(text)) {
                o.add(Operator.PROVISO);
            }
            if (NOTWITHSTANDING.matcher(text).find()) {
                o.add(Operator.NOTWITHSTANDING);
            }
            if (EXCEPT.matcher(text).find()) {
                o.add(Operator.EXCEPT);
            }
            if (NOT_APPLY.matcher(text).find()) {
                o.add(Operator.NOT_APPLY);
            }
            if (LIMITED_TO.matcher(text).find()) {
                o.add(Operator.LIMITED_TO);
            }
            if (PRECEDENCE.matcher(text).find()) {
                o.add(Operator.PRECEDENCE);
            }
            if (MUTATIS.matcher(text).find()) {
                o.add(Operator.MUTATIS_MUTANDIS);
            }
            operators = o;
        }
        return operators;
    }

    /** A sentence that opens as a proviso: 「ただし、」「但し」, or the older 「もっとも、」「尤も」. */
    public static boolean provisoWord(String t) {
        return t.startsWith("ただし") || t.startsWith("但し") || t.startsWith("もっとも") || t.startsWith("尤も");
    }

    public boolean has(Operator op) {
        return operators().contains(op);
    }

    /** The client controls the act: its approval is required (and not waived), or it instructs/specifies it. */
    public boolean clientControlled() {
        return (finds(APPROVAL) && !finds(APPROVAL_WAIVED) && !finds(DISCRETION))
                || (finds(INSTRUCTION) && !finds(DISCRETION));
    }

    /** Left to the contractor's judgement (必要と認める, 必要に応じて, 自らの判断, 乙の責任において …). */
    public boolean discretion() {
        return finds(DISCRETION);
    }

    /** Waives a duty (〜を要しない, 〜は不要). */
    public boolean waiver() {
        return finds(WAIVER) || finds(APPROVAL_WAIVED);
    }

    /**
     * The act whose word ends at {@code at} is waived right after it (「返還するには及ばない」「報告を省略することができる」
     * 「提出しなくてもよい」, vocabulary/waived-ending.txt), within a few characters (「甲への報告を省略できる」).
     */
    public boolean waivedAfter(int at) {
        if (at < 0 || at > text.length()) {
            return false;
        }
        Matcher m = WAIVED_ENDING.matcher(text);
        m.region(at, Math.min(text.length(), at + 16));
        return m.find() && m.start() - at <= 6 && text.substring(at, m.start()).indexOf('、') < 0;
    }

    private static final Pattern TOPIC = Pattern.compile("^(?:は|については|に(?:ついて|関して)は)、");

    /**
     * The act whose word ends at {@code at} is the topic of a waiver later in the sentence (「前項の消去は、乙が…と認める
     * ときは、省略することができる」「報告については、…要しない」): no other object (〜を) comes between.
     */
    public boolean waivedAsTopic(int at) {
        if (at < 0 || at > text.length() || !TOPIC.matcher(text).region(at, text.length()).lookingAt()) {
            return false;
        }
        Matcher m = WAIVED_ENDING.matcher(text);
        int end = m.find(at) ? m.start() : -1;
        Matcher w = WAIVER.matcher(text);
        if (w.find(at) && (end < 0 || w.start() < end)) {
            end = w.start();
        }
        return end > at && text.substring(at, end).indexOf('を') < 0;
    }

    /** Waives the client's approval (承諾を得ることなく, 承諾は要しない, 通知のみで). */
    public boolean approvalWaived() {
        return finds(APPROVAL_WAIVED);
    }

    /** A report or notice that comes only after the fact or in a later periodic report. */
    public boolean afterTheFact() {
        return finds(AFTER_THE_FACT);
    }

    /**
     * Keeps data after the end of the work or for a period running beyond it, not as the exception of an erasure duty
     * (「法令により保存が必要な場合を除き、消去する」) and not as a bounded backup cycle.
     */
    public boolean retainsAfterEnd() {
        if (finds(EXCEPTED_RETENTION) || finds(BOUNDED_BACKUP) || finds(ACCESS_LOG)
                || (finds(UNTIL_ERASURE) && !discretion() && !finds(JUDGEMENT))) {
            return false;
        }
        Matcher r = RETENTION.matcher(text);
        while (r.find()) {
            // the retention is the predicate (保管する, 保存して差し支えない), not an attribute (保存された個人情報) or
            // keeping a secret (秘密を保持させ)
            boolean secret = r.start() >= 3 && SECRET_BEFORE.matcher(text.substring(Math.max(0, r.start() - 4), r.start())).find();
            if (!secret && VERBAL.matcher(text).region(r.end(), text.length()).lookingAt()) {
                return AFTER_END.matcher(text).find();
            }
        }
        return false;
    }

    /** Right after {@code at} (the end of the element's verb stem) the client makes the contractor act: 「消去させ」. */
    public boolean causativeAt(int at) {
        if (at < 0 || at > text.length()) {
            return false;
        }
        Matcher m = CAUSATIVE.matcher(text);
        m.region(at, Math.min(text.length(), at + 12));
        return m.find() && m.start() - at <= 6;
    }
}
