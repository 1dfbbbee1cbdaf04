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
        if ((mod == Modality.NEG_PERMIT || c.waivedAfter(m.end())) && c.waiver() && DATA.matcher(s.text).find() && !c.clientControlled()
                && !ctx.clientDecides(s.text)) {
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

    static final Pattern BY_LAW = Vocabulary.pattern("retention-by-law");
    static final Pattern OTHER_GROUND = Vocabulary.pattern("retention-other-ground");
    static final Pattern JUDGEMENT = Vocabulary.pattern("judgement");
    static final Pattern WORK_NEED = Vocabulary.pattern("work-need");
    static final Pattern RETENTION_WORD = Vocabulary.pattern("retention");
    static final Pattern OWN_GROUND = Vocabulary.pattern("retention-own-ground");
    static final Pattern RETAINED_COPY = Vocabulary.pattern("retained-copy");
    /** 「保存期間は、乙が定める」: a retention period after the end that the contractor sets. */
    static final Pattern PERIOD = Pattern.compile("(?:保存|保管|保持|保有)(?:する)?期間");
    static final Pattern AFTER_END = Vocabulary.pattern("after-end");

    /**
     * Keeping the data after the end (「完了後1年間保管する」「…保存して差し支えない」「当社の判断により保持する場合が
     * あります」「業務完了後も…保管を継続できる」, also with the object left out right after the erasure duty: 「乙は、
     * 契約終了後も、乙が必要と認める期間保存することができる」, or a retention period the contractor sets), unless the
     * client instructs or consents to it or the law alone requires it: the opposite of erasure at the end, so
     * contradicted; the evidence also quotes the erasure duty it qualifies.
     */
    private static boolean retention(Sentence s, RuleContext ctx, Clause c, List<Finding> out) {
        if (!any(s.text, "保存", "保管", "保持", "保有", "留め置", "残", "アーカイブ")) {
            return false;
        }
        boolean periodSet = contractorSetsPeriod(s, ctx);
        // copies kept for the contractor's own records or audits outlast the work, whether or not 終了後 is said
        boolean ownGround = OWN_GROUND.matcher(s.text).find() && RETAINED_COPY.matcher(s.text).find();
        if (!c.retainsAfterEnd() && !periodSet && !ownGround) {
            return false;
        }
        if (!DATA.matcher(s.text).find() && !ctx.hasPi(s.text) && !objectLeftOut(s, ctx)) {
            return false;
        }
        if (!contractorSide(s.subject()) || (c.clientControlled() && !c.discretion()) || byLawAlone(s, c)) {
            return false;
        }
        Modality mod = Modality.after(s.text, 0);
        if (!periodSet && !(mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
            return false;
        }
        Sentence emptied = ctx.qualified(s);
        if (emptied == null && objectLeftOut(s, ctx)) {
            emptied = erasureBefore(s, ctx);
        }
        String why = s.unit.displayLabel() + "は" + ctx.contractor() + "が契約（業務）の終了後も個人情報を保存・保管することを認めており、"
                + "終了時の消去になっていません。";
        out.add(emptied != null && emptied != s ? Finding.contradict(why, s, emptied) : Finding.contradict(why, s));
        return true;
    }

    /** 「契約終了後の個人情報の保存期間は、乙が定める」「乙が別に定める保存期間」: the contractor sets how long it keeps the data. */
    private static boolean contractorSetsPeriod(Sentence s, RuleContext ctx) {
        Matcher p = PERIOD.matcher(s.text);
        if (!p.find() || !AFTER_END.matcher(s.text).find()) {
            return false;
        }
        return ctx.contractorSetsRule(s.text);
    }

    /** Retention the law requires and nothing else (no judgement, discretion, need of the work or second ground). */
    private static boolean byLawAlone(Sentence s, Clause c) {
        return BY_LAW.matcher(s.text).find() && !c.discretion() && !JUDGEMENT.matcher(s.text).find()
                && !WORK_NEED.matcher(s.text).find() && !OTHER_GROUND.matcher(s.text).find();
    }

    /**
     * The retention names no object (「乙は、契約終了後も、乙が必要と認める期間保存することができる」): the contractor is
     * named as the one who keeps, nothing is marked with を before the retention word, and the article imposes the
     * erasure of the personal information — the object is that data.
     */
    private static boolean objectLeftOut(Sentence s, RuleContext ctx) {
        if (s.subject() != Role.CONTRACTOR) {
            return false;
        }
        Matcher r = RETENTION_WORD.matcher(s.text);
        if (!r.find() || s.text.substring(0, r.start()).indexOf('を') >= 0) {
            return false;
        }
        return erasureBefore(s, ctx) != null;
    }

    /** The erasure duty of the personal information in the same article, before {@code s}. */
    private static Sentence erasureBefore(Sentence s, RuleContext ctx) {
        Sentence found = null;
        for (jp.itaku.contract.verification.structure.Unit u : s.unit.article.units) {
            for (Sentence o : ctx.sentencesOf(u)) {
                if (o == s) {
                    return found;
                }
                if (ERASE.matcher(o.text).find() && (DATA.matcher(o.text).find() || ctx.hasPi(o.text))) {
                    found = o;
                }
            }
        }
        return found;
    }
}
