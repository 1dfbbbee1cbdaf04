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

/** C2 再委託の制限又は事前承認: subcontracting prohibited, or allowed only with the client's prior approval. */
final class C2Subcontracting implements ElementRule {

    static final Pattern SUBCONTRACT = Vocabulary.pattern("subcontract");
    static final Pattern SUBCONTRACTOR = Vocabulary.pattern("subcontractor-context");
    /** The client's approval deemed given when it keeps silent for a period (vocabulary/deemed-approval-on-silence.txt). */
    static final Pattern DEEMED_ON_SILENCE = Vocabulary.pattern("deemed-approval-on-silence");
    /** Work that by its own words handles no personal information (vocabulary/no-personal-data.txt). */
    static final Pattern NO_PERSONAL_DATA = Vocabulary.pattern("no-personal-data");

    /** An exception only for work without personal information, not left to the contractor's judgement. */
    private static boolean withoutPersonalData(Sentence s, RuleContext ctx) {
        return NO_PERSONAL_DATA.matcher(s.text).find() && !ctx.clause(s).discretion() && !s.text.contains("判断");
    }
    /** Blanket approval of future subcontractors (SPEC Conventions, C2). */
    static final Pattern BLANKET = Pattern.compile("一般的(?:な)?(?:書面(?:による|での|の)?)?(?:承認|承諾|同意)"
            + "|包括的(?:な|に)?(?:書面(?:による|での|の)?)?(?:承認|承諾|同意)|包括(?:承認|同意)"
            // approval deemed given in advance for subcontractors added later (「あらかじめ承諾したものとみなし」)
            + "|(?:承諾|承認|同意)(?:した|を与えた|があった)(?:もの)?とみな");
    /** The approval itself done away with (「承諾は要しない」, 「通知のみで」), not a ban 「承諾を得ることなく…してはならない」. */
    static final Pattern WAIVED_APPROVAL = Pattern.compile(
            "(?:承諾|承認|同意|許可)(?:は|を)(?:要しない|不要|要せず|得る必要はない|得ることを要しない|要しません|必要としません|得る必要はありません)|通知(?:する)?(?:こと)?のみで|届け出る?(?:こと)?により(?:再委託|委託)");

    /** The client's approval stated as given (「承諾したものとする」): blanket when the contractor picks the subcontractors. */
    static final Pattern APPROVAL_GIVEN = Vocabulary.pattern("approval-given");
    /** 「…が選定する」「…の選ぶ」, read right after the contractor's party word. */
    static final Pattern SELECTS = Vocabulary.pattern("contractor-selects");
    /** 「届け出ることで足りる」: a notice is all it takes. */
    static final Pattern NOTICE_SUFFICES = Vocabulary.pattern("notice-suffices");
    /** Subcontractors added or changed (「再委託先を追加し、又は変更する」「新たに選定する」). */
    static final Pattern SUBCONTRACTOR_CHANGE = Pattern.compile("追加|変更|新た|加え|入れ替|交代|選定");
    /** A change of the subcontractor's particulars (its name or address), not of the subcontractor itself. */
    static final Pattern PARTICULARS_CHANGE = Pattern.compile("(?:名称|所在地|住所|代表者|商号|連絡先)(?:等)?(?:に|の)(?:変更|異動)");
    /**
     * Subcontracting only the whole of the work is banned (「本業務の全部を第三者に委託してはならない」「全部を一括して」):
     * it says nothing about parts. 「全部又は一部」「全部又はその主たる部分」 name parts too.
     */
    static final Pattern WHOLE = Pattern.compile("(?:全部|全て|すべて|一切の業務)(?:を)?(?:一括して)?");
    static final Pattern PARTS = Pattern.compile("一部|部分|いずれか");

    /**
     * Blanket approval in advance (SPEC Conventions, C2): the client's approval stated as given — at signing or in
     * advance — for subcontractors the contractor chooses itself (「本契約の締結をもって、乙が選定する者に再委託することを
     * 承認したものとする」). Approval given for subcontractors named in the draft stays a prior approval.
     */
    private static boolean approvedInAdvanceForContractorsChoice(Sentence s, RuleContext ctx) {
        Matcher g = APPROVAL_GIVEN.matcher(s.text);
        if (!g.find()) {
            return false;
        }
        String contractor = ctx.contractor();
        if (contractor == null || contractor.isEmpty()) {
            return false;
        }
        int at = s.text.indexOf(contractor);
        while (at >= 0) {
            Matcher sel = SELECTS.matcher(s.text).region(at + contractor.length(), s.text.length());
            sel.useTransparentBounds(true);
            if (sel.lookingAt()) {
                return true;
            }
            at = s.text.indexOf(contractor, at + contractor.length());
        }
        return false;
    }

    /** Whether only subcontracting the whole work is banned: 「全部」 names the object and no part is named. */
    private static boolean wholeOnly(String t, int subcontractAt) {
        Matcher w = WHOLE.matcher(t);
        boolean whole = false;
        while (w.find() && w.start() < subcontractAt) {
            whole = subcontractAt - w.end() <= 20;
        }
        return whole && !PARTS.matcher(t).find();
    }

    /** 「…に行わせたときは」「再委託した場合には」: the subcontracting is a fact the sentence attaches a duty to. */
    static final Pattern DONE_CONDITION = Pattern.compile("[たっ](?:とき|場合)(?:は|には|に)"
            // 「…に委託するときは、あらかじめ、…名称…を届け出なければならない」: prior notice only, no approval
            + "|(?:する|させる|しようとする)(?:とき|場合)(?:は|には|に)");
    /** …and the duty is to tell the client who the subcontractor is (名称, 所在地, その旨) afterwards. */
    static final Pattern IDENTITY_NOTICE = Pattern.compile("(?:名称|商号|氏名|所在地|住所|その旨|委託先)[^。]{0,30}?(?:通知|届け出|届出|報告|連絡)");

    /** The contractor names its subcontractor to the client (「再委託先を甲に通知し」): a notice, not an approval. */
    static final Pattern SUBCONTRACTOR_NOTICE = Vocabulary.pattern("subcontractor-notice");
    /** The client may object to the subcontractor it was told of (「甲は異議を述べることができる」). */
    static final Pattern OBJECTION = Vocabulary.pattern("objection");
    /** The objection stops the subcontracting (「異議を述べたときは…再委託してはならない」): a veto. */
    static final Pattern VETO = Vocabulary.pattern("objection-veto");

    /**
     * Notice instead of approval (SPEC Conventions, C2): the contractor only tells the client who its subcontractor is,
     * and the client may at most object without a veto (「乙は再委託先を甲に通知し、甲は異議を述べることができる」),
     * or nothing else in the draft makes subcontracting need the client's approval or bans it. An article that itself
     * requires approval makes the notice part of the approval procedure.
     */
    private static boolean noticeInsteadOfApproval(Sentence s, RuleContext ctx, List<Finding> out) {
        Matcher n = SUBCONTRACTOR_NOTICE.matcher(s.text);
        if (!contractorSide(s.subject()) || !n.find() || approvalRequired(s.text) || approvalRequired(ctx.articleText(s))
                || ctx.clause(s).waiver()) {
            return false;
        }
        Sentence objection = null;
        StringBuilder after = new StringBuilder();
        for (Sentence o : followingInArticle(s, ctx)) {
            int from = o == s ? n.end() : 0;
            Matcher ob = OBJECTION.matcher(o.text);
            if (objection == null && ob.find(from)) {
                objection = o; // a right, or a condition (「異議を述べたときは」): the veto test below decides
            }
            if (objection != null) {
                after.append(o.text, o == objection ? Math.max(0, from) : 0, o.text.length());
            }
        }
        if (objection != null) {
            if (VETO.matcher(after).find()) {
                return false; // the objection stops the subcontracting: a veto, judged by the other rules
            }
            String what = s.unit.displayLabel() + "は" + ctx.contractor() + "が再委託先を" + ctx.client() + "に通知するだけで、"
                    + ctx.client() + "は異議を述べられるにとどまり、再委託を止める承諾の権限がありません（事前承認になりません）。";
            out.add(objection == s ? Finding.contradict(what, s) : Finding.contradict(what, s, objection));
            return true;
        }
        if (!restrictedElsewhere(s, ctx)) {
            contradictWith(s, ctx, out); // 「乙は、再委託先の名称及び住所を甲に届け出るものとする」 and nothing else
            return true;
        }
        return false;
    }

    /** The sentence and those after it in the same article (the rest of its paragraph and the paragraphs below). */
    private static List<Sentence> followingInArticle(Sentence s, RuleContext ctx) {
        List<Sentence> out = new java.util.ArrayList<>();
        List<jp.itaku.contract.verification.structure.Unit> us = s.unit.article.units;
        boolean seen = false;
        for (int i = Math.max(0, us.indexOf(s.unit)); i < us.size() && out.size() < 6; i++) {
            for (Sentence o : ctx.sentencesOf(us.get(i))) {
                seen |= o == s;
                if (seen && ctx.inForce(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** Another sentence of the draft bans subcontracting or makes it need the client's approval. */
    private static boolean restrictedElsewhere(Sentence s, RuleContext ctx) {
        if (approvalRequiredElsewhere(s, ctx)) {
            return true;
        }
        for (Sentence o : ctx.sentences()) {
            Matcher m;
            if (o != s && ctx.inForce(o) && contractorSide(o.subject()) && (m = word(SUBCONTRACT, o)) != null) {
                Modality mod = Modality.after(o.text, m.start());
                if (mod == Modality.PROHIBIT || mod == Modality.NEG_PERMIT || mod == Modality.NEGATE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An exception or permission that lets the contractor subcontract without the client's prior approval. */
    private static void contradictWith(Sentence s, RuleContext ctx, List<Finding> out) {
        Sentence emptied = ctx.qualified(s);
        String what = s.unit.displayLabel() + "は" + ctx.contractor() + "が" + ctx.client()
                + "の事前の承諾なしに業務を第三者に行わせることを認めています"
                + (ctx.clause(s).afterTheFact() || s.text.contains("通知") || s.text.contains("報告") || s.text.contains("届")
                ? "（事後の通知・報告だけでは事前承認になりません）" : "")
                + "。";
        out.add(emptied != null ? Finding.contradict(what, s, emptied) : Finding.contradict(what, s));
    }

    /** Another sentence of the draft makes subcontracting need the client's approval: a later naming duty then follows it. */
    private static boolean approvalRequiredElsewhere(Sentence s, RuleContext ctx) {
        for (Sentence o : ctx.sentences()) {
            if (o != s && ctx.inForce(o) && approvalRequired(o.text) && SUBCONTRACT.matcher(o.text).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Element element() {
        return Element.C2;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (s.text.contains("みな") && DEEMED_ON_SILENCE.matcher(s.text).find() && SUBCONTRACT.matcher(ctx.articleText(s)).find()) {
            // before the keyword pre-test: the sentence may not name the act (「回答がない場合は、承諾があったものとみなす」)
            // 「期間内に甲が異議を申し出なかったときは、甲は当該委託を承認したものとみなす」: silence, not a prior approval
            Sentence asked = ctx.qualified(s);
            String what = s.unit.displayLabel() + "は" + ctx.client() + "が一定期間内に異議を述べなければ再委託を承認したものとみなしており、"
                    + ctx.client() + "の事前の承諾がなくても再委託できます。";
            out.add(asked != null ? Finding.contradict(what, s, asked) : Finding.contradict(what, s));
            return;
        }
        if (!any(s.text, "委託", "委任", "請負", "請け負", "下請", "行わせ", "協力会社", "取り扱わせ", "処理させ", "再処理者", "サブプロセッサ",
                "第三者", "任せ", "委ね", "外注", "分担させ", "まかせ", "頼", "事業者を", "実施させ", "担わせ", "代行させ", "遂行させ", "担当させ")) { // 任せ/まかせ/頼: plain-language drafts (「ほかの会社にまかせません」);
            // 事業者を: vendor terms using a data-centre or cloud operator (「データセンター事業者を使用することができます」)
            return;
        }
        if (noticeInsteadOfApproval(s, ctx, out)) {
            return;
        }
        Matcher m = word(SUBCONTRACT, s);
        if ((m != null || SUBCONTRACTOR.matcher(s.text).find()) && (approvedInAdvanceForContractorsChoice(s, ctx)
                || (NOTICE_SUFFICES.matcher(s.text).find() && !PARTICULARS_CHANGE.matcher(s.text).find()
                && (m != null || SUBCONTRACTOR_CHANGE.matcher(s.text).find())))) {
            contradictWith(s, ctx, out); // blanket approval in advance; subcontractors added or changed on notice alone
            return;
        }
        if (m == null) {
            if ((WAIVED_APPROVAL.matcher(s.text).find() || BLANKET.matcher(s.text).find()) && SUBCONTRACTOR.matcher(s.text).find()) {
                contradictWith(s, ctx, out); // 「この場合、再委託の承諾は要しない」
                return;
            }
            Matcher sub = SUBCONTRACTOR.matcher(s.text);
            Matcher ap = RuleContext.APPROVAL.matcher(s.text);
            if (contractorSide(s.subject()) && s.subject() != Role.UNKNOWN && sub.find() && ap.find(sub.end()) && approvalRequired(s.text)
                    && Modality.after(s.text, ap.start()) == Modality.OBLIGE && !ctx.clause(s).afterTheFact()) {
                // 「乙は、再委託先を定めて甲の承認を受けなければならない」: the subcontractor approved before it is used
                // (SPEC Conventions, C2: prior approval without the word あらかじめ)
                out.add(Finding.satisfyAt(sub.start(), "再委託先について" + ctx.client() + "の承諾を得ることを義務付ける定め", s));
            }
            return;
        }
        if (BLANKET.matcher(s.text).find()) {
            contradictWith(s, ctx, out); // 「再処理者の利用について一般的な承認を与える」: approval of future subcontractors in advance
            return;
        }
        if (!contractorSide(s.subject())) {
            return;
        }
        Matcher done = DONE_CONDITION.matcher(s.text);
        if (done.find(m.end()) && done.start() - m.end() <= 12 && IDENTITY_NOTICE.matcher(s.text).find(done.end())
                && !RuleContext.APPROVAL.matcher(ctx.articleText(s)).find() && !approvalRequiredElsewhere(s, ctx)) {
            // 「乙は、業務の一部を他の事業者に行わせたときは、その名称を甲に届け出る」: notice after the fact, no approval
            contradictWith(s, ctx, out);
            return;
        }
        Clause c = ctx.clause(s);
        Modality first = Modality.after(s.text, m.start());
        boolean permits = first == Modality.PERMIT || (c.has(Clause.Operator.PROVISO) && c.has(Clause.Operator.NOT_APPLY));
        if (permits && c.has(Clause.Operator.PROVISO) && withoutPersonalData(s, ctx)) {
            return; // 「ただし、個人情報を含まない用紙の調達を第三者に行わせる場合は、この限りでない」: outside the element
        }
        if ((permits && !c.clientControlled() && !s.text.contains("法令")
                && (s.subject() != Role.UNKNOWN || c.discretion() || c.afterTheFact() || c.has(Clause.Operator.PROVISO)))
                || WAIVED_APPROVAL.matcher(s.text).find()) {
            contradictWith(s, ctx, out);
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        switch (mod) {
            case PROHIBIT, NEG_PERMIT, NEGATE -> {
                if (wholeOnly(s.text, m.start())) {
                    out.add(Finding.note(s.unit.displayLabel() + "は業務の全部を再委託することを禁じるだけで、業務の一部の再委託には"
                            + ctx.client() + "の承諾を求めていません。", s));
                    return;
                }
                Sentence proviso = ctx.proviso(s);
                if (proviso != null && !ctx.clause(proviso).clientControlled() && ctx.clause(proviso).has(Clause.Operator.NOT_APPLY)
                        && !proviso.text.contains("法令") && !withoutPersonalData(proviso, ctx)) {
                    out.add(Finding.contradict(proviso.unit.displayLabel() + "のただし書は、" + ctx.client()
                            + "の承諾を要しない再委託を認めており、再委託の制限を骨抜きにしています。", proviso, s));
                } else if (proviso != null && approvalRequired(proviso.text)) {
                    out.add(Finding.satisfyAt(m.start(), "再委託を禁止し、承諾を得た場合に限り認める定め", s, proviso));
                } else {
                    out.add(Finding.satisfyAt(m.start(), approvalRequired(s.text)
                            ? "承諾を得ない再委託を禁止する定め" : "再委託を禁止する定め", s));
                }
            }
            case OBLIGE -> {
                if (RuleContext.APPROVAL.matcher(s.text).find() && !RuleContext.NEG_APPROVAL.matcher(s.text).find()) {
                    out.add(Finding.satisfyAt(m.start(), "再委託に承諾を得ることを義務付ける定め", s));
                }
            }
            case PERMIT -> {
                if (approvalRequired(s.text)) {
                    out.add(Finding.satisfyAt(m.start(), "承諾を得た場合に限り再委託を認める定め", s));
                } else if (s.subject() != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が"
                            + ctx.client() + "の事前の承諾なしに再委託できると定めています"
                            + (RuleContext.NEG_APPROVAL.matcher(s.text).find() || s.text.contains("通知") || s.text.contains("報告")
                            ? "（事後の通知・報告だけでは事前承認になりません）" : "") + "。", s));
                }
            }
            default -> {
            }
        }
    }
}
