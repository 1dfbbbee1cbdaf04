package jp.itaku.contract.verification.elements;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.clause.Vocabulary;
import jp.itaku.contract.verification.rules.Finding;
import jp.itaku.contract.verification.rules.Modality;
import jp.itaku.contract.verification.rules.Parties.Role;
import jp.itaku.contract.verification.rules.Sentence;

import static jp.itaku.contract.verification.elements.RuleContext.any;
import static jp.itaku.contract.verification.elements.RuleContext.approvalRequired;
import static jp.itaku.contract.verification.elements.RuleContext.clientSide;
import static jp.itaku.contract.verification.elements.RuleContext.contractorSide;
import static jp.itaku.contract.verification.elements.RuleContext.word;

/** C4 漏えい等事案発生時の対応: on a leak (or risk of one), prompt report to the client and following its instructions. */
final class C4IncidentReport implements ElementRule {

    static final Pattern LEAK = Vocabulary.pattern("leak");
    static final Pattern LEAK_STRONG = Vocabulary.pattern("leak-strong");
    static final Pattern INSTRUCTIONS = Vocabulary.pattern("follow-instructions");
    static final Pattern INCIDENT_REF = Vocabulary.pattern("incident-reference");
    static final Pattern REPORT = Vocabulary.pattern("report");
    static final Pattern PROMPT = Vocabulary.pattern("prompt");
    static final Pattern DEFER = Vocabulary.pattern("after-the-fact");
    /** After a report word: it is talked about (報告の必要, 報告の要否, 報告義務), not done. */
    static final Pattern NOT_THE_ACT = Pattern.compile("の(?:必要|要否|有無|義務)|する必要|義務");
    static final Pattern AFTER_HANDLING = Vocabulary.pattern("after-handling");
    static final Pattern HANDLING_RESULT = Vocabulary.pattern("handling-result");
    /** The contractor's own handling of the incident (措置を講じ, 対応をして, 処理を為し) before the report word. */
    static final Pattern HANDLING = Pattern.compile("措置|対応|対処|処理|処置|復旧");
    static final Pattern PERIODIC = Vocabulary.pattern("periodic-report");
    static final Pattern ON_REQUEST = Vocabulary.pattern("on-request");
    /** An accident or incident named in general (事故, 事案), without saying of what. */
    static final Pattern ACCIDENT = Pattern.compile("事故|事案");
    /** Injuries, traffic, fire, damage to buildings or goods (vocabulary/non-data-accident.txt): not an information incident. */
    static final Pattern NON_DATA = Vocabulary.pattern("non-data-accident");
    /** 「前条の場合において」「前項に規定する場合」: the sentence continues the previous article or paragraph. */
    static final Pattern BACK_REF = Pattern.compile("前(条|項)(?:の|に規定する|に定める)場合");

    @Override
    public Element element() {
        return Element.C4;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!Vocabulary.mentions(s.text, "report")) {
            return;
        }
        if (!dataIncident(s, ctx)) {
            Matcher a = ACCIDENT.matcher(s.text);
            if (a.find() && NON_DATA.matcher(s.text).find() && PROMPT.matcher(s.text).find() && contractorSide(s.subject())) {
                out.add(Finding.note(s.unit.displayLabel() + "に事故の報告の定めがありますが、対象は負傷・物損等の事故で、"
                        + "個人情報の漏えい・滅失等の事案を含んでいません。", s));
            }
            return;
        }
        Matcher r = REPORT.matcher(s.text);
        boolean found = r.find();
        if (found && waived(s, r, ctx)) {
            // 「漏えいが発生した場合でも、甲に報告するには及ばない」「…報告を省略することができる」: the duty itself waived
            out.add(Finding.contradict(s.unit.displayLabel() + "は、漏えい等の事案が起きても" + ctx.contractor() + "が"
                    + ctx.client() + "に報告することを要しないとしており、速やかに報告し指示に従う義務になっていません。", s));
            return;
        }
        // 「乙が報告の必要があると認めるときは、…報告し」: the report named as the object of a judgement is not the act
        while (found && NOT_THE_ACT.matcher(s.text).region(r.end(), s.text.length()).lookingAt()) {
            found = r.find();
        }
        if (!found) {
            return;
        }
        if (!contractorSide(s.subject())) {
            return;
        }
        boolean prompt = PROMPT.matcher(s.text).find();
        String head = s.text.substring(0, r.start());
        if (AFTER_HANDLING.matcher(head).find()
                // 「…必要な措置を講じ、その経過及び結果を書面により甲に報告しなければならない」: only the outcome is reported
                || (!prompt && HANDLING_RESULT.matcher(head).find() && HANDLING.matcher(head).find())) {
            // 「対応を完了した後、速やかに報告する」: prompt only once the contractor has dealt with it
            out.add(Finding.contradict(s.unit.displayLabel() + "は、漏えい等の事案が起きても" + ctx.contractor()
                    + "が先に自ら対応し、" + ctx.client() + "への報告はその後でよいと定めています（発生時に速やかに報告し"
                    + ctx.client() + "の指示に従う義務になっていません）。", s));
            return;
        }
        String weak = null;
        if (!prompt && ON_REQUEST.matcher(head).find()) {
            weak = ctx.client() + "から求めがあったときだけ報告すればよい";
        } else if (!prompt && PERIODIC.matcher(s.text).find()) {
            weak = "定期の報告の機会に報告すればよい";
        } else if (ContractorExceptions.governingJudgement(s, r.start(), ctx, true) != null) {
            weak = "報告するかどうかを" + ctx.contractor() + "の判断に委ねている";
        }
        if (weak != null) {
            if (!promptReportElsewhere(s, ctx)) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は、漏えい等の事案が起きても" + weak + "と定めており、"
                        + ctx.contractor() + "が自ら速やかに報告し" + ctx.client() + "の指示に従う義務になっていません。", s));
            }
            return;
        }
        if (DEFER.matcher(s.text).find() && !prompt) {
            out.add(Finding.contradict(s.unit.displayLabel() + "は、漏えい等の事案が起きても" + ctx.contractor()
                    + "が自らの判断で対応し、" + ctx.client() + "への報告は対応完了後でよいと定めています（速やかな報告と"
                    + ctx.client() + "の指示に従う義務がありません）。", s));
            return;
        }
        Modality mod = Modality.after(s.text, r.start());
        if (prompt && (mod == Modality.OBLIGE || mod == Modality.PLAIN || mod == Modality.PROHIBIT)) {
            if (INSTRUCTIONS.matcher(s.text).find()) {
                out.add(Finding.satisfyAt(r.start(), "漏えい等の発生時に速やかに報告し指示に従う定め", s));
                return;
            }
            Sentence follow = instructionsFor(s, ctx);
            if (follow != null) {
                out.add(Finding.satisfyAt(r.start(), "漏えい等の発生時に速やかに報告し指示に従う定め", s, follow));
            } else {
                out.add(Finding.note(s.unit.displayLabel() + "に速やかな報告の定めはありますが、事案への対応について"
                        + ctx.client() + "の指示に従う定めがありません。", s));
            }
        }
    }

    /**
     * The sentence is about an incident of personal information: a leak word (漏えい, 滅失 …) with personal information
     * or in its context (紛失・滅失 of keys or equipment is not), or 事故 / 事案 in general where the draft defines it
     * as including a leak, or in an article about personal information — unless the accident is qualified as an
     * injury or damage to property (SPEC Conventions, C4: a near miss).
     */
    static boolean dataIncident(Sentence s, RuleContext ctx) {
        if (LEAK.matcher(s.text).find()) {
            return LEAK_STRONG.matcher(s.text).find() || ctx.hasPi(s.text) || ctx.personalInfoContext(s);
        }
        Matcher a = ACCIDENT.matcher(s.text);
        if (!a.find() || NON_DATA.matcher(s.text).find()) {
            return false;
        }
        String defined = ctx.definitionOf(a.group());
        if (!defined.isEmpty()) {
            return LEAK.matcher(defined).find() && (LEAK_STRONG.matcher(defined).find() || ctx.hasPi(defined));
        }
        return ctx.personalInfoArticle(s);
    }

    /**
     * The report at {@code r} is waived for the contractor (a waiving ending right after it, vocabulary/waiver.txt), not
     * under the client's control and not by law.
     */
    private static boolean waived(Sentence s, Matcher r, RuleContext ctx) {
        jp.itaku.contract.verification.clause.Clause c = ctx.clause(s);
        int modal = Modality.positionAfter(s.text, r.start());
        boolean denied = modal >= 0 && modal - r.end() <= 12 && Modality.after(s.text, r.start()) == Modality.NEG_PERMIT;
        if (!denied && !c.waivedAfter(r.end())) {
            return false;
        }
        return c.waiver() && !c.clientControlled() && !ctx.clientDecides(s.text) && contractorSide(s.subject()) && !s.text.contains("法令");
    }

    /** Another sentence of the draft makes the contractor report an incident promptly (then a later or on-request report is extra). */
    private static boolean promptReportElsewhere(Sentence s, RuleContext ctx) {
        for (Sentence o : ctx.sentences()) {
            if (o != s && ctx.inForce(o) && PROMPT.matcher(o.text).find() && REPORT.matcher(o.text).find() && dataIncident(o, ctx)
                    && contractorSide(o.subject()) && !DEFER.matcher(o.text).find() && !ON_REQUEST.matcher(o.text).find()) {
                return true;
            }
        }
        return false;
    }

    /** {@code o} says 「前条の場合において」 right after the report's article (or 「前項の場合」 in the same article). */
    private static boolean continues(Sentence o, Sentence report) {
        Matcher b = BACK_REF.matcher(o.text);
        if (!b.find()) {
            return false;
        }
        if (b.group(1).equals("項")) {
            return o.unit.article == report.unit.article;
        }
        List<jp.itaku.contract.verification.structure.Article> as = o.unit.article.part.articles;
        int i = as.indexOf(o.unit.article);
        return i > 0 && as.get(i - 1) == report.unit.article;
    }

    /** A sentence that makes the contractor follow the client's instructions on an incident (same article or about the report). */
    private static Sentence instructionsFor(Sentence report, RuleContext ctx) {
        for (Sentence o : ctx.sentences()) {
            if (o == report || !o.text.contains("指示")) {
                continue;
            }
            boolean sameArticle = o.unit.article == report.unit.article;
            boolean aboutIncident = LEAK.matcher(o.text).find() || INCIDENT_REF.matcher(o.text).find() || continues(o, report);
            if (!(sameArticle || aboutIncident)) {
                continue;
            }
            if ((contractorSide(o.subject()) && INSTRUCTIONS.matcher(o.text).find())
                    || (clientSide(o.subject()) && Modality.after(o.text, o.text.indexOf("指示")) == Modality.PERMIT)) {
                return o;
            }
        }
        return null;
    }
}
