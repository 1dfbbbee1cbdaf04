package jp.itaku.contract.verification.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.itaku.contract.verification.clause.Amendments;
import jp.itaku.contract.verification.clause.Precedence;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.elements.ElementRule;
import jp.itaku.contract.verification.elements.RuleContext;
import jp.itaku.contract.verification.structure.ParsedDocument;

/**
 * Runs the rule of every element ({@code jp.itaku.contract.verification.elements}, one small class per element) over
 * the sentences of a draft and collects what each found.
 */
public final class ElementRules {

    private static final List<ElementRule> RULES = ElementRule.all();
    private static final java.util.regex.Pattern DEFERRED = jp.itaku.contract.verification.clause.Vocabulary.pattern("deferred-elsewhere");

    private final RuleContext ctx;

    public ElementRules(ParsedDocument doc, Parties parties, List<Sentence> sentences) {
        this.ctx = new RuleContext(doc, parties, sentences);
    }

    public Map<Element, List<Finding>> evaluate() {
        Map<Element, List<Finding>> out = new EnumMap<>(Element.class);
        for (ElementRule r : RULES) {
            out.put(r.element(), new ArrayList<>());
        }
        Set<Sentence> repealed = new java.util.HashSet<>(Amendments.repealed(ctx.sentences()));
        Precedence precedence = Precedence.of(ctx.sentences(), ctx.doc());
        repealed.addAll(precedence.disapplied());
        ctx.outOfForce(repealed);
        ctx.renumbered(Amendments.renumbering(ctx.sentences()));
        for (Sentence s : ctx.sentences()) {
            if (repealed.contains(s)) {
                continue; // replaced by an amendment in the same text: neither satisfies nor contradicts
            }
            for (ElementRule r : RULES) {
                r.check(s, ctx, out.get(r.element()));
            }
        }
        // a sentence rewritten word by word by an amendment counts with its new wording
        for (Amendments.Rewrite rw : Amendments.rewrites(ctx.sentences())) {
            Sentence s = Sentence.rewritten(rw.amendment(), rw.amended(), rw.newText(), ctx.parties());
            for (ElementRule r : RULES) {
                r.check(s, ctx, out.get(r.element()));
            }
        }
        // an exception left to the contractor's judgement empties the obligation it qualifies, for every element
        jp.itaku.contract.verification.elements.ContractorExceptions.apply(ctx, out, repealed);
        // a waiver right after an obligation (「前項の規定にかかわらず、…報告を省略することができる」) empties it
        jp.itaku.contract.verification.elements.Waivers.apply(ctx, out, repealed);
        // a clause that only defers to a document not included (「別に締結する契約書の定めるところによる」) counts for nothing
        for (List<Finding> fs : out.values()) {
            fs.removeIf(f -> f.kind() == Finding.Kind.SATISFY && f.sentences().stream().allMatch(s -> DEFERRED.matcher(s.text).find()));
        }
        // 「契約書と特記事項が抵触するときは、特記事項が優先する」: between the body and the agency's attachments, the
        // prevailing one's clauses on an element replace the other's (vendor paper is judged below)
        Boolean tokki = precedence.tokkiPrevails();
        if (tokki != null) {
            for (List<Finding> fs : out.values()) {
                java.util.function.Predicate<Finding> winner = f -> f.kind() != Finding.Kind.NOTE && !Precedence.vendorClause(f.sentences().get(0))
                        && f.sentences().get(0).unit.article.part.isMain() != tokki;
                java.util.function.Predicate<Finding> loser = f -> f.kind() != Finding.Kind.NOTE && !Precedence.vendorClause(f.sentences().get(0))
                        && f.sentences().get(0).unit.article.part.isMain() == tokki;
                if (fs.stream().anyMatch(winner)) {
                    fs.removeIf(loser);
                }
            }
        }
        // a stated precedence decides a conflict between the agency's terms and the vendor's, per element: the side
        // that prevails for the element's topic (or for everything) replaces the other side's clauses on it
        for (Map.Entry<Element, List<Finding>> e : out.entrySet()) {
            List<Finding> fs = e.getValue();
            Boolean agencyWins = precedence.agencyPrevailsFor(e.getKey(), fs);
            if (agencyWins == null) {
                continue;
            }
            boolean winnerSpeaks = fs.stream().anyMatch(f -> f.kind() != Finding.Kind.NOTE
                    && Precedence.vendorClause(f.sentences().get(0)) != agencyWins);
            // a topic handed to the vendor's paper by name leaves the agency's clauses on it out of force
            if (winnerSpeaks || (!agencyWins && precedence.topicNamed(e.getKey()))) {
                fs.removeIf(f -> f.kind() != Finding.Kind.NOTE && Precedence.vendorClause(f.sentences().get(0)) == agencyWins);
            }
        }
        return out;
    }
}
