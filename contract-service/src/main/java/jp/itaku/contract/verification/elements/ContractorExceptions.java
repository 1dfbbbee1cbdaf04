package jp.itaku.contract.verification.elements;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.clause.Clause;
import jp.itaku.contract.verification.clause.Vocabulary;
import jp.itaku.contract.verification.rules.Finding;
import jp.itaku.contract.verification.rules.Modality;
import jp.itaku.contract.verification.rules.Parties.Role;
import jp.itaku.contract.verification.rules.Sentence;

/**
 * An exception left to the contractor's judgement empties the obligation it qualifies, whatever the element (SPEC
 * Conventions, Exceptions). Three shapes:
 * <ul>
 * <li>inside the obligation, governing its act: an exception, limit or condition on the contractor's judgement
 * (「乙が必要と認める場合を除き、…複製してはならない」「乙が適当と判断したときに限り、…報告する」「…のうち乙が引き続き必要と
 * 認めるものを除き、消去する」), or an adverb that makes the act the contractor's choice (「必要に応じて消去する」「乙の判断で
 * 返還する」); for C3, C5a, C5b, C2 and C4 also the need of the work as the contractor sees it (「業務上必要な場合を除き」);</li>
 * <li>a ただし書 or 〜にかかわらず that lifts it (この限りでない) on the contractor's judgement;</li>
 * <li>a ただし書, 〜にかかわらず or 「前項の規定は、…を妨げない」 that permits something at the contractor's judgement
 * (〜できる, 〜ことがある, 〜を妨げない, 差し支えない) right after the obligation.</li>
 * </ul>
 * An exception the client controls (its approval or instruction, or the client's own judgement), one made by law (法令),
 * one for someone's life or body in an emergency, or a permission only to consult the client keeps the obligation.
 */
public final class ContractorExceptions {

    static final Pattern DISCRETION = Vocabulary.pattern("discretion");
    static final Pattern JUDGEMENT = Vocabulary.pattern("judgement");
    static final Pattern ADVERB = Vocabulary.pattern("discretion-adverb");
    static final Pattern WORK_NEED = Vocabulary.pattern("work-need");
    static final Pattern CONSULT = Vocabulary.pattern("consult");
    static final Pattern NOT_RESTRICT = Vocabulary.pattern("not-restrict");
    static final Pattern INSTRUCTION = Vocabulary.pattern("instruction");
    /** The statutory kind of exception (the protection of someone's life or body in an emergency): narrow, kept. */
    static final Pattern EMERGENCY = Pattern.compile("生命|身体");
    /** What turns a judgement into a scope of the duty: an exception, a limit or a condition. */
    static final Pattern SCOPE = Pattern.compile("^[^。、]{0,24}?(?:を除き|を除いて|を除く|場合を除|ときを除|ものを除|に限り|に限って|場合のみ|ときのみ|場合は|場合には|ときは|ときには|場合において|とき、|場合、|場合に|ときに)");
    /** A clause boundary between an adverb and the act: it then qualifies an earlier act (「報告し、…必要に応じて措置を講じ」). */
    static final Pattern BOUNDARY = Pattern.compile("[しりきえて]、|。");

    private ContractorExceptions() {
    }

    public static void apply(RuleContext ctx, Map<Element, List<Finding>> out, Set<Sentence> outOfForce) {
        // 1. inside the obligation
        for (Map.Entry<Element, List<Finding>> e : out.entrySet()) {
            List<Finding> fs = e.getValue();
            if (fs.stream().anyMatch(f -> f.kind() == Finding.Kind.CONTRADICT)) {
                continue;
            }
            boolean workNeedEmpties = e.getKey() != Element.C1a && e.getKey() != Element.C1b;
            for (Finding f : List.copyOf(fs)) {
                if (f.kind() != Finding.Kind.SATISFY) {
                    continue;
                }
                Sentence s = f.sentences().get(0);
                int at = f.at() >= 0 ? f.at() : Math.max(0, Modality.positionAfter(s.text, 0));
                String judged = governingJudgement(s, at, ctx, workNeedEmpties);
                if (judged != null) {
                    fs.add(Finding.contradict(s.unit.displayLabel() + "の義務には" + ctx.contractor() + "の判断に委ねる例外（「"
                            + judged + "」）があり、" + ctx.contractor() + "が自ら必要と考えればその義務を免れるため、定めを骨抜きにしています。", s));
                    break;
                }
            }
        }
        // 2 and 3. a proviso or notwithstanding clause
        for (Sentence p : ctx.sentences()) {
            String pt = p.text;
            // cheap pre-filter: a proviso, a notwithstanding clause or 「…を妨げない」, and words of discretion
            if (!(Clause.provisoWord(pt) || pt.contains("かかわらず") || pt.contains("関わらず")
                    || pt.contains("拘らず") || Vocabulary.mentions(pt, "not-restrict")) || outOfForce.contains(p)) {
                continue;
            }
            Clause c = ctx.clause(p);
            boolean qualifier = c.has(Clause.Operator.PROVISO) || c.has(Clause.Operator.NOTWITHSTANDING)
                    || (NOT_RESTRICT.matcher(p.text).find() && (p.text.contains("前項") || p.text.contains("前各項") || p.text.contains("前条")
                    || p.text.contains("前段") || p.text.contains("本条")));
            if (!qualifier) {
                continue;
            }
            boolean lifts = c.has(Clause.Operator.NOT_APPLY);
            boolean permits = !lifts && permitsSomething(p) && !CONSULT.matcher(p.text).find();
            if (!(lifts || permits) || !contractorJudges(p, ctx) || c.clientControlled() || RuleContext.approvalRequired(p.text)
                    || INSTRUCTION.matcher(p.text).find() || p.text.contains("法令") || EMERGENCY.matcher(p.text).find()) {
                continue;
            }
            Sentence q = ctx.qualified(p);
            if (q == null || q == p || outOfForce.contains(q)) {
                continue;
            }
            for (Map.Entry<Element, List<Finding>> e : out.entrySet()) {
                List<Finding> fs = e.getValue();
                if (permits && !permitsTheOpposite(p, e.getKey())) {
                    continue; // 「…保管することができる」 empties erasure, not the return of the forms in the same sentence
                }
                boolean emptied = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.SATISFY && f.sentences().get(0) == q);
                boolean already = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.CONTRADICT);
                if (emptied && !already) {
                    fs.add(Finding.contradict(p.unit.displayLabel() + "の例外（" + excerpt(p.text) + "）は、"
                            + ctx.contractor() + "の判断で" + q.unit.displayLabel()
                            + (lifts ? "の義務を免れることを認めており、" : "の義務に反することを認めており、")
                            + "その定めを骨抜きにしています。", p, q));
                }
            }
        }
    }

    /**
     * The words of a scope left to the contractor's judgement that governs the act at {@code at} of the obligation
     * {@code s}, or null: a judgement followed by an exception, limit or condition, or an adverb of discretion with no
     * clause boundary before the act, the contractor being the one who judges.
     */
    static String governingJudgement(Sentence s, int at, RuleContext ctx, boolean workNeed) {
        String t = s.text;
        int end = Math.min(at, t.length());
        if (end <= 0 || RuleContext.approvalRequired(t) || INSTRUCTION.matcher(t.substring(0, end)).find()
                || t.contains("法令") || EMERGENCY.matcher(t).find()) {
            return null;
        }
        for (Pattern p : workNeed ? new Pattern[] {JUDGEMENT, WORK_NEED} : new Pattern[] {JUDGEMENT}) {
            Matcher m = p.matcher(t).region(0, end);
            while (m.find()) {
                if (judge(s, m.start(), ctx) == Role.CLIENT) {
                    continue;
                }
                Matcher scope = SCOPE.matcher(t).region(m.end(), end);
                if (scope.find()) {
                    return t.substring(m.start(), scope.end());
                }
            }
        }
        Matcher a = ADVERB.matcher(t).region(0, end);
        while (a.find()) {
            if (judge(s, a.start(), ctx) == Role.CLIENT) {
                continue;
            }
            String between = t.substring(a.end(), end);
            Matcher b = BOUNDARY.matcher(between);
            // 「必要に応じて、」 itself ends in て、: only a boundary after the adverb's own ending counts
            if (!(b.find() && b.start() > 1) && between.length() <= 40) {
                return t.substring(a.start(), Math.min(end, a.end() + 2));
            }
        }
        return null;
    }

    /** Who judges at {@code pos}: the party named just before (「乙が必要と認める」「甲の判断で」), else the sentence's subject. */
    private static Role judge(Sentence s, int pos, RuleContext ctx) {
        String t = s.text;
        int from = Math.max(Math.max(t.lastIndexOf('、', pos - 1), t.lastIndexOf('は', pos - 1)) + 1, pos - 12);
        String before = t.substring(Math.max(0, from), pos);
        Role named = ctx.parties.subjectOf(before);
        if (named == Role.UNKNOWN && before.length() > 0) {
            String client = ctx.client();
            String contractor = ctx.contractor();
            if (before.startsWith(client) || before.endsWith(client + "の")) {
                named = Role.CLIENT;
            } else if (before.startsWith(contractor) || before.endsWith(contractor + "の")) {
                named = Role.CONTRACTOR;
            }
        }
        if (named != Role.UNKNOWN && named != Role.OTHER) {
            return named == Role.BOTH ? Role.CONTRACTOR : named;
        }
        Role subject = s.subject();
        return RuleContext.clientSide(subject) && subject != Role.BOTH ? Role.CLIENT : Role.CONTRACTOR;
    }

    /** The act a permission allows is the opposite of the element's duty: disclosing, using, subcontracting, copying, keeping. */
    private static boolean permitsTheOpposite(Sentence p, Element e) {
        String concept = switch (e) {
            case C1a -> "disclose";
            case C1b -> "use";
            case C2 -> "subcontract";
            case C3 -> "copy";
            case C5a -> "retention";
            default -> null;
        };
        return concept != null && Vocabulary.pattern(concept).matcher(p.text).find();
    }

    /** 〜できる, 〜ことがある, 〜を妨げない, 差し支えない: the sentence permits an act. */
    private static boolean permitsSomething(Sentence p) {
        return Modality.after(p.text, 0) == Modality.PERMIT || NOT_RESTRICT.matcher(p.text).find();
    }

    /** The exception turns on the contractor's judgement (必要と認める, 必要に応じ, 自らの判断 …), not the client's. */
    private static boolean contractorJudges(Sentence p, RuleContext ctx) {
        Matcher d = DISCRETION.matcher(p.text);
        while (d.find()) {
            String before = p.text.substring(Math.max(0, d.start() - 12), d.start());
            String client = ctx.client();
            int at = before.lastIndexOf(client);
            boolean clientJudges = client != null && !client.isEmpty() && at >= 0
                    && before.indexOf(ctx.contractor(), at + client.length()) < 0;
            if (!clientJudges) {
                return true;
            }
        }
        Matcher j = JUDGEMENT.matcher(p.text);
        while (j.find()) {
            if (judge(p, j.start(), ctx) != Role.CLIENT) {
                return true;
            }
        }
        return false;
    }

    private static String excerpt(String t) {
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
