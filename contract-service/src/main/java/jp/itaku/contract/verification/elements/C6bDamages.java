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
import static jp.itaku.contract.verification.elements.RuleContext.clientSide;
import static jp.itaku.contract.verification.elements.RuleContext.contractorSide;
import static jp.itaku.contract.verification.elements.RuleContext.word;

/** C6b 違反時の損害賠償: the contractor is liable for damages caused by breach (a cap still states liability). */
final class C6bDamages implements ElementRule {

    static final Pattern DAMAGES_CAUSE = Vocabulary.pattern("damages-cause");
    static final Pattern TOTAL = Vocabulary.pattern("total");
    static final Pattern PARTIAL = Vocabulary.pattern("partial");
    static final Pattern EXEMPT = Vocabulary.pattern("liability-exempt");
    static final Pattern FORCE_MAJEURE = Vocabulary.pattern("force-majeure");
    static final Pattern LATE = Vocabulary.pattern("late-delivery");
    static final Pattern BREACH = Vocabulary.pattern("breach");
    static final Pattern SPECIFIC_HARM = Vocabulary.pattern("specific-harm");
    static final Pattern COLLUSION = Vocabulary.pattern("collusion");
    static final Pattern PROPERTY_DAMAGE = Vocabulary.pattern("property-damage");
    /** 「…その他この契約に関し甲に損害を与えたときは」: loss in general next to the named kinds (not 「その他の財産に」). */
    static final Pattern GENERAL_LOSS = Pattern.compile("その他[^。]{0,6}(?:契約|業務|事由|理由|原因)[^。]{0,30}損害");
    /** 「乙が負う責任は、再作成及び再発送に限られ、その他の損害については賠償の責めを負わない」 */
    static final Pattern EXCLUSIVE_REMEDY = Pattern.compile("(?:責任|責め)は[^。]{0,80}に限(?:られ|る)");
    static final Pattern INTENT = Pattern.compile("故意|重大な過失|重過失");
    /** A limit on the kind or amount of loss (間接損害, 逸失利益, 上限 …): a cap, not an exclusion of liability. */
    static final Pattern PARTIAL_SCOPE = Pattern.compile("のうち|を超える|超えた|上限|限度|逸失利益|間接|特別の事情|付随|派生");
    static final Pattern OTHER_DAMAGES = Pattern.compile("(?:その他|それ以外|一切)の損害");
    /** Liability excluded for leaks of the data in particular (「漏えいによる損害を含む」). */
    static final Pattern LEAK = Pattern.compile("漏えい|漏洩|流出");

    /** 「次の各号のいずれかに該当するときは、…損害の賠償を請求することができる」: a breach among the listed grounds. */
    private static boolean breachInItems(Sentence s, RuleContext ctx) {
        if (!(s.text.contains("各号") || s.text.contains("次に掲げる") || s.text.contains("いずれか"))) {
            return false;
        }
        for (jp.itaku.contract.verification.structure.Unit u : s.unit.article.units) {
            if (u.lead == s.unit) {
                for (Sentence g : ctx.sentencesOf(u)) {
                    if (BREACH.matcher(g.text).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public Element element() {
        return Element.C6b;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        int k = s.text.indexOf("賠償");
        if (k < 0 && s.text.contains("損")) {
            k = s.text.indexOf("補償"); // 「違背により生じた損失を補償しなければならない」
        }
        if (k < 0 && s.text.contains("損")) {
            k = s.text.indexOf("弁償"); // plain drafts: 「そのために町が損をしたときは、会社がその損害を弁償します」
        }
        if (k < 0 && s.text.contains("損害") && (EXEMPT.matcher(s.text).find() || s.text.contains("責任を負"))) {
            k = s.text.indexOf("損害"); // 「…損害について、一切の責任を負わない」 without the word 賠償
        }
        if (k < 0 && EXEMPT.matcher(s.text).find()) {
            Matcher leak = LEAK.matcher(s.text);
            if (leak.find()) {
                k = leak.start(); // 「…データの漏えいについて、一切の責任を負わない」: neither 賠償 nor 損害
            }
        }
        if (k < 0) {
            return;
        }
        Modality mod = Modality.after(s.text, k);
        Role subject = s.subject();
        if (subject == Role.CONTRACTOR || subject == Role.UNKNOWN || subject == Role.WORKER
                || (subject == Role.BOTH && !s.text.contains("請求"))) {
            if (mod == Modality.NEGATE || mod == Modality.NEG_PERMIT || mod == Modality.PROHIBIT || EXEMPT.matcher(s.text).find()) {
                boolean leaks = LEAK.matcher(s.text).find();
                boolean remedyOnly = EXCLUSIVE_REMEDY.matcher(s.text).find() && OTHER_DAMAGES.matcher(s.text).find();
                // an exclusion of liability for loss in general whose only exception is intent or gross negligence
                // (「…損害について賠償の責任を負わない。ただし、故意による場合は、この限りでない。」) excludes it for breach
                Sentence proviso = ctx.proviso(s);
                boolean intentOnly = proviso != null && INTENT.matcher(proviso.text).find() && !PARTIAL_SCOPE.matcher(s.text).find()
                        && s.text.contains("損害");
                if (((TOTAL.matcher(s.text).find() && !PARTIAL.matcher(s.text).find()) || leaks || remedyOnly || intentOnly)
                        && !FORCE_MAJEURE.matcher(s.text).find() && subject != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor()
                            + (leaks ? "の個人情報の漏えい等による損害の賠償責任を免除しており、漏えいがあっても賠償されません。"
                            : "の損害賠償責任を一切免除しており、個人情報の漏えい等の違反があっても賠償されません。"), s));
                }
                return;
            }
            if (COLLUSION.matcher(s.text).find()) {
                out.add(Finding.note(s.unit.displayLabel() + "の賠償金は談合等の不正行為に関するもので、個人情報の取扱いに関する違反の損害賠償ではありません。", s));
                return;
            }
            boolean binding = mod == Modality.OBLIGE || mod == Modality.PLAIN;
            // 「乙は、甲の庁舎、設備又は物品を損傷したときは、その損害を賠償しなければならない」: only physical damage
            boolean physicalOnly = PROPERTY_DAMAGE.matcher(s.text).find() && !BREACH.matcher(s.text).find()
                    && !GENERAL_LOSS.matcher(s.text).find();
            if (binding && (physicalOnly
                    || DAMAGES_CAUSE.matcher(s.text).find() || s.text.contains("損害を与え") || s.text.contains("損害が生じ"))) {
                if ((SPECIFIC_HARM.matcher(s.text).find() && !DAMAGES_CAUSE.matcher(s.text).find()) || physicalOnly) {
                    out.add(Finding.note(s.unit.displayLabel() + "の損害賠償は施設・物品の損傷や身体の傷害等の特定の損害に限られ、個人情報の取扱いに関する義務違反の賠償ではありません。", s));
                } else if (LATE.matcher(s.text).find() && !BREACH.matcher(s.text).find()) {
                    out.add(Finding.note(s.unit.displayLabel() + "の損害賠償は履行遅滞（納期遅れ）に関するもので、義務違反一般の賠償ではありません。", s));
                } else {
                    out.add(Finding.satisfy("違反等により生じた損害を賠償する定め", s));
                }
            }
        } else if (clientSide(subject)) {
            if (s.text.contains("請求") && (mod == Modality.NEGATE || mod == Modality.NEG_PERMIT) && s.text.contains("損害")
                    && !PARTIAL_SCOPE.matcher(s.text).find() && !FORCE_MAJEURE.matcher(s.text).find() && !LATE.matcher(s.text).find()) {
                // 「甲は、本業務の処理に関して生じた損害について、乙に対しその賠償を請求しないものとする」
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.client() + "が" + ctx.contractor()
                        + "に損害の賠償を請求しないと定めており、個人情報の漏えい等の違反があっても賠償されません。", s));
                return;
            }
            if (s.text.contains("請求") && mod == Modality.PERMIT && (BREACH.matcher(s.text).find() || breachInItems(s, ctx))) {
                out.add(Finding.satisfy("違反を理由に損害賠償を請求できる定め", s));
            } else if (LATE.matcher(s.text).find()) {
                out.add(Finding.note(s.unit.displayLabel() + "の損害賠償は履行遅滞（納期遅れ）に関するもので、義務違反一般の賠償ではありません。", s));
            }
        }
    }
}
