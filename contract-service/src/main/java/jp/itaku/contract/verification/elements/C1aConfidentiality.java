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

/** C1a 秘密保持: the contractor must not disclose personal information learnt through the work. */
final class C1aConfidentiality implements ElementRule {

    static final Pattern DISCLOSE = Vocabulary.pattern("disclose");
    static final Pattern NOT_DISCLOSE = Vocabulary.pattern("not-disclose");
    static final Pattern GENERIC_SECRET = Vocabulary.pattern("generic-secret");
    static final Pattern REFERS_BACK = Vocabulary.pattern("refers-back");
    static final Pattern TRADE_SECRET = Vocabulary.pattern("trade-secret");
    static final Pattern KEEP_SECRET = Vocabulary.pattern("keep-secret");

    @Override
    public Element element() {
        return Element.C1a;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        int provided = s.text.indexOf("提供") >= 0 || s.text.indexOf("共有") >= 0 ? ctx.providesToOthers(s) : -1;
        if (provided >= 0) {
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor()
                    + "が個人情報を提携先等の第三者に提供できると定めており、秘密保持に反します。", s));
            return;
        }
        if (!Vocabulary.mentions(s.text, "disclose")) {
            return;
        }
        Matcher m = DISCLOSE.matcher(s.text);
        if (!m.find()) {
            return;
        }
        boolean personal = ctx.hasPi(s.text) || (REFERS_BACK.matcher(s.text).find() && ctx.hasPi(ctx.articleText(s)));
        boolean generic = GENERIC_SECRET.matcher(s.text).find() && !TRADE_SECRET.matcher(s.text).find();
        if (!personal && !generic) {
            if (TRADE_SECRET.matcher(s.text).find() || s.text.contains("秘密")) {
                out.add(Finding.note(s.unit.displayLabel() + "の秘密保持は営業上・技術上の秘密など個人情報以外の情報だけを対象としています。", s));
            }
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (contractorSide(s.subject())) {
            if (mod == Modality.PROHIBIT || mod == Modality.NEG_PERMIT || mod == Modality.NEGATE
                    || NOT_DISCLOSE.matcher(s.text).find()
                    || ((mod == Modality.OBLIGE || mod == Modality.PLAIN) && KEEP_SECRET.matcher(s.text).find())) {
                out.add(Finding.satisfyAt(m.start(), "業務で知り得た個人情報を漏らしてはならない旨の定め", s));
            } else if (mod == Modality.PERMIT && !approvalRequired(s.text) && s.subject() != Role.UNKNOWN) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor()
                        + "が個人情報を第三者に開示できると定めており、秘密保持に反します。", s));
            }
        } else if (s.subject() == Role.CLIENT && (mod == Modality.PROHIBIT || mod == Modality.OBLIGE)) {
            out.add(Finding.note(ctx.wrongParty(s, "秘密保持"), s));
        }
    }
}
