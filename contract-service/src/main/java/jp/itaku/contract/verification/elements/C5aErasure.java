package jp.itaku.contract.verification.elements;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.clause.Clause;
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

/** C5a 委託終了時の消去: the contractor erases or destroys the personal information when the contract ends. */
final class C5aErasure implements ElementRule {

    static final Pattern ERASE = Vocabulary.pattern("erase");
    static final Pattern END = Vocabulary.pattern("contract-end");
    static final Pattern DATA = Vocabulary.pattern("data");

    @Override
    public Element element() {
        return Element.C5a;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        Clause c = ctx.clause(s);
        if (retention(s, ctx, c, out)) {
            return;
        }
        if (!Vocabulary.mentions(s.text, "erase")) {
            return;
        }
        Matcher m = word(ERASE, s);
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (mod == Modality.NEG_PERMIT && c.waiver() && DATA.matcher(s.text).find() && !c.clientControlled()) {
            // 「…の消去を要しない」: the element's own duty waived
            Sentence emptied = ctx.qualified(s);
            String why = s.unit.displayLabel() + "は" + ctx.contractor() + "に個人情報の消去を要しないとしており、契約終了後もデータが残ります。";
            out.add(emptied != null ? Finding.contradict(why, s, emptied) : Finding.contradict(why, s));
            return;
        }
        boolean clientRight = ctx.clientRight(s, m.end());
        if (!(mod == Modality.OBLIGE || mod == Modality.PLAIN || clientRight)) {
            return;
        }
        if (!DATA.matcher(s.text).find()) {
            return;
        }
        boolean end = END.matcher(s.text).find() || END.matcher(ctx.contextText(s)).find();
        if (!end) {
            return;
        }
        if (clientRight) {
            out.add(Finding.satisfyAt(m.start(), "契約終了時に" + ctx.client() + "が" + ctx.contractor() + "に個人情報を消去させることができる定め", s));
            return;
        }
        if (s.subject() == Role.CLIENT) {
            out.add(Finding.note(ctx.wrongParty(s, "消去"), s));
            return;
        }
        if (contractorSide(s.subject())) {
            out.add(Finding.satisfyAt(m.start(), "契約終了時に個人情報を消去・廃棄する定め", s));
        }
    }

    /**
     * Keeping the data after the end (「完了後1年間保管する」「…保存して差し支えない」), unless the client instructs it:
     * the opposite of erasure at the end, so contradicted; the evidence also quotes the erasure duty it qualifies.
     */
    private static boolean retention(Sentence s, RuleContext ctx, Clause c, List<Finding> out) {
        if (!any(s.text, "保存", "保管", "保持", "保有し続け", "留め置", "残置", "アーカイブ") || !c.retainsAfterEnd()) {
            return false;
        }
        if (!DATA.matcher(s.text).find() && !ctx.hasPi(s.text)) {
            return false;
        }
        if (!contractorSide(s.subject()) || (c.clientControlled() && !c.discretion())) {
            return false;
        }
        Modality mod = Modality.after(s.text, 0);
        if (!(mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
            return false;
        }
        Sentence emptied = ctx.qualified(s);
        String why = s.unit.displayLabel() + "は" + ctx.contractor() + "が契約（業務）の終了後も個人情報を保存・保管することを認めており、"
                + "終了時の消去になっていません。";
        out.add(emptied != null && emptied != s ? Finding.contradict(why, s, emptied) : Finding.contradict(why, s));
        return true;
    }
}
