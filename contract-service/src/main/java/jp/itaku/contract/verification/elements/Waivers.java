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
 * A waiver right after an obligation empties it (SPEC Conventions, Waivers): 「前項の規定にかかわらず、乙が軽微と判断した事故
 * については、甲への報告を省略することができる」, 「ただし、自ら対処を終えた事案については、報告は要しないものとする」,
 * 「ただし、本業務に必要な複製については、甲の承諾を要しない」. The waiving sentence often names neither the personal
 * information nor the incident, so the element's own rule does not see it; here it is read against the obligation it
 * qualifies (the sentence before it in a ただし書, the paragraph before for 前項 / 〜にかかわらず). The element is
 * contradicted when the waiver names the element's own act (報告, 消去, 返還, 提出, 複製, 再委託) followed by a waiving
 * ending ({@code vocabulary/waiver.txt}, read as {@link Modality#NEG_PERMIT}), or waives the client's approval that the
 * obligation requires. A waiver the client decides (「甲が不要と認めたときは」「甲の指示により」), one made by law, one for
 * someone's life or body, or the client waiving its own right, keeps the obligation.
 */
public final class Waivers {

    /** The statutory kind of exception: narrow, kept. */
    private static final Pattern EMERGENCY = Pattern.compile("生命|身体");

    private Waivers() {
    }

    /** The concept whose act a waiver of the element names (null: the element is not a duty that can be waived so). */
    private static String act(Element e) {
        return switch (e) {
            case C2 -> "subcontract";
            case C3 -> "copy";
            case C4 -> "report";
            case C5a -> "erase";
            case C5b -> "return";
            case W1 -> "submit";
            default -> null;
        };
    }

    /** The act's words: the concept's, and for W1 also the entry in the list it submits (「名簿への記載を省略できる」). */
    private static Pattern actPattern(Element e, String act) {
        return e == Element.W1 ? W1_ACT : Vocabulary.pattern(act);
    }

    private static final Pattern W1_ACT = Pattern.compile(Vocabulary.alternation("submit") + "|記載|記入");
    private static final Pattern DISAPPLY = Vocabulary.pattern("disapply-duty");
    private static final Pattern APPROVAL = Vocabulary.pattern("approval");

    public static void apply(RuleContext ctx, Map<Element, List<Finding>> out, Set<Sentence> outOfForce) {
        for (Sentence p : ctx.sentences()) {
            // cheap pre-filter: the literal parts every waiver wording has (要しない/不要, 及ばない, 省略, しなくても,
            // しないことができる, 義務を負わない, 承諾を得ることなく/通知のみで …)
            if (outOfForce.contains(p) || !RuleContext.any(p.text, "要", "及", "省", "しなく", "しないことが", "義務", "なく", "なし",
                    "のみで", "せず", "ずに", "よらず", "ないで", "適用")) {
                continue;
            }
            Clause c = ctx.clause(p);
            boolean disapplies = DISAPPLY.matcher(p.text).find();
            if (!(c.waiver() || disapplies) || keeps(p, c, ctx)) {
                continue;
            }
            Sentence q = ctx.qualified(p);
            if (q == null || q == p || outOfForce.contains(q)) {
                continue;
            }
            for (Map.Entry<Element, List<Finding>> e : out.entrySet()) {
                String act = act(e.getKey());
                if (act == null) {
                    continue;
                }
                List<Finding> fs = e.getValue();
                boolean emptied = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.SATISFY && f.sentences().contains(q));
                boolean already = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.CONTRADICT);
                if (!emptied || already) {
                    continue;
                }
                String what = disapplies ? "適用しない場合を定める" : waived(p, c, q, e.getKey(), act, ctx);
                if (what != null) {
                    fs.add(Finding.contradict(p.unit.displayLabel() + "は" + q.unit.displayLabel() + "の義務について" + what
                            + "としており（「" + excerpt(p.text) + "」）、" + ctx.contractor() + "はその義務を免れることになります。", p, q));
                }
            }
        }
    }

    /**
     * What the waiver does away with for the element, in Japanese, or null: the element's act followed by a waiving
     * ending, or (for C2 and C3, whose obligation requires approval) the client's approval waived for the element's act.
     */
    private static String waived(Sentence p, Clause c, Sentence q, Element e, String act, RuleContext ctx) {
        Matcher m = actPattern(e, act).matcher(p.text);
        while (m.find()) {
            boolean denied = Modality.after(p.text, m.start()) == Modality.NEG_PERMIT && Modality.positionAfter(p.text, m.start()) - m.end() <= 12;
            if (denied || c.waivedAfter(m.end()) || c.waivedAsTopic(m.end())) {
                return "「" + m.group() + "」を要しない";
            }
        }
        if ((e == Element.C2 || e == Element.C3) && (c.approvalWaived() || approvalAsWaivedTopic(p, c)) && RuleContext.approvalRequired(q.text)
                && Vocabulary.pattern(act).matcher(p.text).find()) {
            return ctx.client() + "の承諾を要しない場合を認める";
        }
        return null;
    }

    /** 「前項の承認は、乙が作業のために一時的に複製する場合には、要しないものとする」: the approval is the waived topic. */
    private static boolean approvalAsWaivedTopic(Sentence p, Clause c) {
        Matcher a = APPROVAL.matcher(p.text);
        while (a.find()) {
            if (c.waivedAsTopic(a.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The waiver keeps the obligation: the client decides it (its approval or instruction, or its own judgement
     * 「甲が不要と認めたときは」), it is made by law or for someone's life or body, or the client waives its own right.
     */
    private static boolean keeps(Sentence p, Clause c, RuleContext ctx) {
        if (p.text.contains("法令") || p.text.contains("法律") || EMERGENCY.matcher(p.text).find()) {
            return true;
        }
        if (!c.approvalWaived() && !approvalAsWaivedTopic(p, c) && (c.clientControlled() || (p.subject() == Role.CLIENT))) {
            return true;
        }
        return ctx.clientDecides(p.text);
    }

    private static String excerpt(String t) {
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
