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

/** C1b 目的外利用の禁止: no use or provision of personal information beyond the purpose of the work. */
final class C1bPurposeLimitation implements ElementRule {

    static final Pattern PURPOSE = Vocabulary.pattern("purpose-beyond");
    static final Pattern USE = Vocabulary.pattern("use");
    static final Pattern USE_ONLY = Vocabulary.pattern("use-only");
    static final Pattern PURPOSE_ONLY = Vocabulary.pattern("purpose-only");
    static final Pattern OTHER_PURPOSE = Vocabulary.pattern("other-purpose");
    static final Pattern GENERIC_SECRET = Vocabulary.pattern("generic-secret");
    static final Pattern REFERS_BACK = Vocabulary.pattern("refers-back");
    static final Pattern OWN_PURPOSE = Vocabulary.pattern("own-purpose");
    static final Pattern ENTRUSTED = Vocabulary.pattern("entrusted-data");

    @Override
    public Element element() {
        return Element.C1b;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if ((s.text.indexOf("提供") >= 0 || s.text.indexOf("共有") >= 0) && ctx.providesToOthers(s) >= 0) {
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor()
                    + "が個人情報を委託業務の外の提携先等の第三者に提供できると定めており、目的外の提供に当たります。", s));
            return;
        }
        if (!Vocabulary.mentions(s.text, "use")) {
            return;
        }
        Matcher m = PURPOSE.matcher(s.text);
        if (m.find() && USE.matcher(s.text).find()) {
            Modality mod = Modality.after(s.text, m.start());
            boolean personal = ctx.hasPi(s.text) || GENERIC_SECRET.matcher(s.text).find() || ctx.clientData(s)
                    || (REFERS_BACK.matcher(s.text).find() && ctx.hasPi(ctx.articleText(s)));
            if (contractorSide(s.subject()) && personal) {
                if (mod == Modality.PROHIBIT || mod == Modality.NEG_PERMIT || mod == Modality.NEGATE) {
                    if (ownUseExcepted(s, m.start(), ctx)) {
                        // 「乙は、自社の他のサービスの案内に利用する場合を除き、…目的以外に利用してはならない」
                        out.add(Finding.contradict(s.unit.displayLabel() + "は目的外利用を禁じつつ、" + ctx.contractor()
                                + "が個人情報を自社の他のサービス等に利用する場合を除外しています。", s));
                        return;
                    }
                    out.add(Finding.satisfyAt(m.start(), "個人情報を業務の目的以外に利用・提供してはならない旨の定め", s));
                    return;
                }
            } else if (s.subject() == Role.CLIENT && mod == Modality.PROHIBIT) {
                out.add(Finding.note(ctx.wrongParty(s, "目的外利用の禁止"), s));
                return;
            }
        }
        Matcher only = PURPOSE_ONLY.matcher(s.text);
        if (only.find() && USE.matcher(s.text).find() && contractorSide(s.subject()) && ctx.hasPi(s.text)) {
            Modality mod = Modality.after(s.text, only.start());
            if (mod == Modality.OBLIGE || mod == Modality.PLAIN) {
                out.add(Finding.satisfyAt(only.start(), "個人情報を業務の目的の範囲内に限って利用する定め", s));
                return;
            }
        }
        // permission to use personal information for other purposes, or a plain statement that the contractor uses it for
        // its own business (「当社は…自社サービスの開発に利用します」)
        // 「ただし、丙は、入力済みのデータを…の用に供することができる」: the data of the ban the proviso qualifies
        Sentence q = s.text.startsWith("ただし") || s.text.startsWith("但し") ? ctx.qualified(s) : null;
        // 「ただし、乙が自社の他のサービスの案内に利用する場合は、この限りでない」: a proviso lifting the ban for a use whose
        // purpose is the contractor's own business
        boolean liftsBan = q != null && !ctx.clause(s).clientControlled() && !ctx.clientDecides(s.text)
                && (ctx.clause(s).has(jp.itaku.contract.verification.clause.Clause.Operator.NOT_APPLY)
                || ctx.clause(s).has(jp.itaku.contract.verification.clause.Clause.Operator.EXCEPT));
        if (s.subject() == Role.CONTRACTOR || s.subject() == Role.BOTH || (liftsBan && s.subject() == Role.UNKNOWN)) {
            Matcher u = USE_ONLY.matcher(s.text);
            while (u.find()) {
                Modality mod = Modality.after(s.text, u.start());
                boolean permits = (mod == Modality.PERMIT && OTHER_PURPOSE.matcher(s.text).find())
                        || (liftsBan && ownPurposeBefore(s.text, u.start()));
                if ((permits || statesOwnUse(s.text, u.start(), mod)) && !approvalRequired(s.text) && personalObject(s, q, u.start(), ctx)) {
                    String what = s.unit.displayLabel() + "は" + ctx.contractor()
                            + "が個人情報を委託業務以外の目的（自社の他のサービス等）に利用できると定めています。";
                    out.add(liftsBan ? Finding.contradict(what, s, q) : Finding.contradict(what, s));
                    return;
                }
            }
        }
    }

    /**
     * 「当社は、…を自社サービスの開発に利用します」: a plain statement (or duty) of use whose purpose, just before the verb,
     * is the contractor's own business, in a sentence that does not limit the use to the purpose.
     */
    private static boolean statesOwnUse(String t, int verb, Modality mod) {
        if ((mod != Modality.PLAIN && mod != Modality.OBLIGE) || PURPOSE_ONLY.matcher(t).find() || PURPOSE.matcher(t).find()) {
            return false;
        }
        return ownPurposeBefore(t, verb);
    }

    /** An exception inside the ban (「…場合を除き」) for a use, before the ban's words, whose purpose is the contractor's own. */
    private static boolean ownUseExcepted(Sentence s, int ban, RuleContext ctx) {
        jp.itaku.contract.verification.clause.Clause c = ctx.clause(s);
        if (!c.has(jp.itaku.contract.verification.clause.Clause.Operator.EXCEPT) || c.clientControlled() || ctx.clientDecides(s.text)) {
            return false;
        }
        Matcher u = USE_ONLY.matcher(s.text);
        while (u.find() && u.start() < ban) {
            if (ownPurposeBefore(s.text, u.start())) {
                return true;
            }
        }
        return false;
    }

    /** The purpose named just before the verb of use is the contractor's own business (「自社サービスの案内のために利用」). */
    private static boolean ownPurposeBefore(String t, int verb) {
        Matcher own = OWN_PURPOSE.matcher(t);
        while (own.find() && own.start() < verb) {
            if (verb - own.end() <= 20) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object of the use is personal information: named as such (or by a defined term), the data of the ban a
     * proviso qualifies, the client's data as received (「預託されたデータ」) in a draft about personal information, or
     * named by an earlier sentence (「前項の情報」) or left unsaid (「当社は統計的に加工した上で…利用できる」) where the
     * article or the one before it is about personal information.
     */
    private static boolean personalObject(Sentence s, Sentence q, int verb, RuleContext ctx) {
        if (ctx.hasPi(s.text) || (q != null && ctx.hasPi(q.text))) {
            return true;
        }
        if (ENTRUSTED.matcher(s.text).find() && ctx.documentHasPi()) {
            return true;
        }
        boolean unsaid = s.text.lastIndexOf('を', verb) < 0;
        return (unsaid || REFERS_BACK.matcher(s.text).find()) && ctx.hasPi(ctx.contextText(s) + ctx.previousArticleText(s));
    }
}

