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
import jp.itaku.contract.verification.rules.Sentence;

/**
 * An exception left to the contractor's judgement empties the obligation it qualifies, whatever the element (SPEC
 * Conventions, Exceptions): 「…消去しなければならない。ただし、乙が保守のため必要と認めるときは、この限りでない。」,
 * 「前項の規定にかかわらず、乙は、自らの判断で…することができる。」. The exception is a ただし書 or a 〜にかかわらず
 * sentence that lifts it (この限りでない); the sentence it qualifies is the one an element rule found
 * satisfying. An exception the client controls (its approval or instruction, or the client's own judgement) or one
 * made by law (法令) or for someone's life or body in an emergency keeps the obligation.
 */
public final class ContractorExceptions {

    static final Pattern DISCRETION = Vocabulary.pattern("discretion");
    /** The statutory kind of exception (the protection of someone's life or body in an emergency): narrow, kept. */
    static final Pattern EMERGENCY = Pattern.compile("生命|身体");

    private ContractorExceptions() {
    }

    public static void apply(RuleContext ctx, Map<Element, List<Finding>> out, Set<Sentence> outOfForce) {
        for (Sentence p : ctx.sentences()) {
            if (outOfForce.contains(p) || !p.text.contains("この限り")) {
                continue;
            }
            Clause c = ctx.clause(p);
            // 「この限りでない」 lifts the whole obligation; a permission of one act (「…保管することができる」) is for the
            // element whose act it is, and its rule judges it
            boolean exception = (c.has(Clause.Operator.PROVISO) || c.has(Clause.Operator.NOTWITHSTANDING))
                    && c.has(Clause.Operator.NOT_APPLY);
            if (!exception || !contractorJudges(p, ctx) || c.clientControlled() || RuleContext.approvalRequired(p.text) || p.text.contains("法令")
                    || EMERGENCY.matcher(p.text).find()) {
                continue;
            }
            Sentence q = ctx.qualified(p);
            if (q == null || q == p || outOfForce.contains(q)) {
                continue;
            }
            for (Map.Entry<Element, List<Finding>> e : out.entrySet()) {
                List<Finding> fs = e.getValue();
                boolean emptied = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.SATISFY && f.sentences().get(0) == q);
                boolean already = fs.stream().anyMatch(f -> f.kind() == Finding.Kind.CONTRADICT);
                if (emptied && !already) {
                    fs.add(Finding.contradict(p.unit.displayLabel() + "の例外（" + excerpt(p.text) + "）は、"
                            + ctx.contractor() + "の判断で" + q.unit.displayLabel() + "の義務を免れることを認めており、"
                            + "その定めを骨抜きにしています。", p, q));
                }
            }
        }
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
        return false;
    }

    private static String excerpt(String t) {
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
