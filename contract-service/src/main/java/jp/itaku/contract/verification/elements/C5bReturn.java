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

/** C5b 媒体の返却: the contractor returns (返却・返還・引渡し) the media and materials holding personal information at the end. */
final class C5bReturn implements ElementRule {

    static final Pattern RETURN = Vocabulary.pattern("return");
    static final Pattern RETURN_OBJECT = Vocabulary.pattern("return-object");
    static final Pattern EARLIER_REF = Vocabulary.pattern("earlier-reference");
    static final Pattern TEMPORAL_REF = Vocabulary.pattern("temporal-reference");
    static final Pattern DOC_OBJECT = Vocabulary.pattern("document-object");
    static final Pattern END = Vocabulary.pattern("contract-end");
    static final Pattern ERASE = Vocabulary.pattern("erase");

    @Override
    public Element element() {
        return Element.C5b;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!Vocabulary.mentions(s.text, "return")) {
            return;
        }
        Matcher m = word(RETURN, s);
        while (m != null && (TEMPORAL_REF.matcher(s.text).region(m.end(), Math.min(s.text.length(), m.end() + 14)).lookingAt()
                || EARLIER_REF.matcher(s.text.substring(Math.max(0, m.start() - 4), m.start())).find())) {
            // 「前項の引渡しの後、…」: the return is only a point in time for another duty
            m = m.find() ? m : null;
        }
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if ((mod == Modality.NEG_PERMIT || ctx.clause(s).waivedAfter(m.end()) || (mod == Modality.NEGATE && contractorSide(s.subject())))
                && ctx.clause(s).waiver()
                && !ctx.clause(s).clientControlled() && !ctx.clientDecides(s.text)) {
            // 「…の返還を要しない」: the element's own duty waived
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "に資料・媒体の返還（返却）を要しないとしています。", s));
            return;
        }
        boolean clientRight = ctx.clientRight(s, m.end());
        if (!(mod == Modality.OBLIGE || mod == Modality.PLAIN || clientRight)) {
            return;
        }
        boolean object = ctx.hasPi(s.text) || DOC_OBJECT.matcher(s.text).find()
                || (RETURN_OBJECT.matcher(s.text).find() && ctx.personalInfoContext(s));
        if (!object) {
            return;
        }
        boolean end = END.matcher(s.text).find() || END.matcher(ctx.contextText(s)).find();
        if (!end) {
            return;
        }
        if ((clientRight || contractorSide(s.subject())) && ERASE.matcher(s.text).find() && ctx.chooser(s.text) == Role.CONTRACTOR) {
            // 「乙の選択により、返却し、又は廃棄する」: destroying instead of returning is the contractor's choice — return is
            // not assured (SPEC Conventions, C5a/C5b: missing, not contradicted); the client's choice keeps it
            out.add(Finding.note(s.unit.displayLabel() + "は資料・媒体を返却するか消去・廃棄するかを" + ctx.contractor()
                    + "の選択に委ねており、" + ctx.client() + "への返却が確保されていません。", s));
            return;
        }
        if (clientRight) {
            out.add(Finding.satisfyAt(m.start(), ctx.client() + "が" + ctx.contractor() + "に資料・データを返還させることができる定め（"
                    + ctx.client() + "の求めによる返還を含む）", s));
            return;
        }
        if (s.subject() == Role.CLIENT) {
            out.add(Finding.note(ctx.wrongParty(s, "媒体等の返却"), s));
            return;
        }
        if (contractorSide(s.subject())) {
            out.add(Finding.satisfyAt(m.start(), "契約終了時に資料・媒体を返却（返還・引渡し）する定め", s));
        }
    }
}
