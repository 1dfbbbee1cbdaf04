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

/** W1 管理及び実施体制: the contractor states in writing its responsible persons and workers, or its structure. */
final class W1Structure implements ElementRule {

    static final Pattern PERSON = Vocabulary.pattern("person-structure");
    static final Pattern SEND = Vocabulary.pattern("submit");
    static final Pattern WRITTEN = Vocabulary.pattern("written");
    static final Pattern SUBCONTRACTOR_CONTEXT = Vocabulary.pattern("subcontractor-context");
    static final Pattern DISPATCH_ROLES = Vocabulary.pattern("dispatch-roles");
    static final Pattern APPOINT = Vocabulary.pattern("appoint");
    /** In a subcontract agreement these words name the agreement's own work and its bound party, not a further subcontractor. */
    static final Pattern OWN_SUBCONTRACT_WORK = Pattern.compile("再委託業務|再委託契約|再受託者|再受託業務|本再委託");

    /** A roster (名簿, 一覧, 登録書) submitted: a written statement of the people listed in it. */
    static final Pattern ROSTER = Pattern.compile("名簿|一覧|登録書");
    /** The workers reported without their names: their number only, or the names waived. */
    static final Pattern NAMES_WAIVED = Vocabulary.pattern("worker-names-waived");

    /**
     * A clause exempting the contractor from naming its workers (SPEC Conventions, W1), in the duty itself or in the
     * proviso / 「この場合」 sentence after it (「ただし、従事者については人数のみ報告すれば足りる」): contradicted, quoting
     * the exemption and the duty it empties. One the client decides (「甲が不要と認めたときは」) keeps the duty.
     */
    private static boolean namesWaived(Sentence s, RuleContext ctx, List<Finding> out) {
        Matcher w = NAMES_WAIVED.matcher(s.text);
        if (!w.find() || (clientSide(s.subject()) && s.subject() != Role.BOTH) || ctx.clientDecides(s.text)
                || s.text.contains("既に") || SUBCONTRACTOR_CONTEXT.matcher(s.text).find()) {
            return false;
        }
        String t = DISPATCH_ROLES.matcher(s.text).replaceAll("");
        Sentence q = ctx.qualified(s);
        if (!PERSON.matcher(t).find() && (q == null || !PERSON.matcher(q.text).find())) {
            return false;
        }
        String what = s.unit.displayLabel() + "は" + ctx.contractor() + "が" + ctx.client()
                + "に業務従事者の氏名を示さなくてよいとしています（人数だけでは従事者を書面で示したことになりません）。";
        out.add(q != null && q != s ? Finding.contradict(what, s, q) : Finding.contradict(what, s));
        return true;
    }

    /** An item that is a condition (「…したとき」「…の場合」), not a matter to be stated. */
    static final Pattern CONDITION_ITEM = Pattern.compile("とき|場合|には");
    /** A lead that lists conditions (「次の各号のいずれかに該当するときは」), not matters to be stated. */
    static final Pattern CONDITION_LEAD = Pattern.compile("いずれか|該当");

    /**
     * An item of a numbered list under a lead sentence that binds the contractor to send the client a document of the
     * matters listed (or gives the client the right to have it sent), where the item itself only names the persons in
     * charge: the lead carries the duty, the item the persons, and the evidence quotes both.
     */
    private boolean itemUnderSendingLead(Sentence s, RuleContext ctx, List<Finding> out) {
        String t = DISPATCH_ROLES.matcher(s.text).replaceAll("");
        if (!PERSON.matcher(t).find() || CONDITION_ITEM.matcher(t).find() || SEND.matcher(t).find()) {
            return false;
        }
        for (Sentence l : ctx.sentencesOf(s.unit.lead)) {
            Matcher send = SEND.matcher(l.text);
            if (!ctx.inForce(l) || CONDITION_LEAD.matcher(l.text).find() || !send.find() || SUBCONTRACTOR_CONTEXT.matcher(l.text).find()) {
                continue;
            }
            Modality mod = Modality.after(l.text, send.start());
            boolean duty = contractorSide(l.subject()) && (mod == Modality.OBLIGE || mod == Modality.PLAIN);
            if (duty || (clientSide(l.subject()) && ctx.clientRight(l, send.end()))
                    || (clientSide(l.subject()) && mod == Modality.PERMIT && l.text.contains("求め"))) {
                out.add(Finding.satisfy("管理責任者・従事者又は管理体制を書面等で届け出る定め（各号に列挙）", l, s));
                return true;
            }
        }
        return false;
    }

    @Override
    public Element element() {
        return Element.W1;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!any(s.text, "責任者", "従事者", "従業者", "作業員", "作業者", "担当者", "体制", "従事する者", "配置計画", "オペレーター", "スタッフ", "従業員", "要員", "名簿",
                "派遣労働者の氏名", "携わる", "当たる者", "あたる者", "一覧", "登録書")) {
            return;
        }
        if (s.unit.lead != null && itemUnderSendingLead(s, ctx, out)) {
            return;
        }
        if (namesWaived(s, ctx, out)) {
            return;
        }
        if (clientSide(s.subject())) {
            Matcher sendC = SEND.matcher(s.text);
            // 「甲は、乙に…名簿を提出させることができる」: the client's right binds the contractor
            if (sendC.find() && ctx.clientRight(s, sendC.end()) && PERSON.matcher(s.text).find()) {
                out.add(Finding.satisfy(ctx.client() + "が" + ctx.contractor() + "に責任者・従事者を記載した書面を提出させることができる定め", s));
            }
            return;
        }
        if (!contractorSide(s.subject())) {
            return;
        }
        String t = DISPATCH_ROLES.matcher(s.text).replaceAll("");
        Matcher p = PERSON.matcher(t);
        if (!p.find()) {
            return;
        }
        String about = ctx.parties().subcontractAgreement() ? OWN_SUBCONTRACT_WORK.matcher(t).replaceAll("") : t;
        if (SUBCONTRACTOR_CONTEXT.matcher(about).find()) {
            return;
        }
        Matcher send = SEND.matcher(t);
        if (send.find(p.start()) && (Modality.after(t, send.start()) == Modality.NEG_PERMIT || ctx.clause(s).waivedAfter(send.end()))
                && ctx.clause(s).waiver()) {
            // 「従事者の氏名等を報告することを要しない」: the element's own duty waived
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が業務従事者や体制を"
                    + ctx.client() + "に書面で示すことを要しないとしています。", s));
            return;
        }
        if (send.find(p.start()) || send.find(0)) {
            Modality mod = Modality.after(t, send.start());
            boolean relevant = ctx.hasPi(t) || t.contains("体制") || t.contains("従事者") || t.contains("従事する者")
                    || (t.contains("責任者") && WRITTEN.matcher(t).find()) || ROSTER.matcher(t).find();
            if ((mod == Modality.OBLIGE || mod == Modality.PLAIN) && relevant) {
                out.add(Finding.satisfy("管理責任者・従事者又は管理体制を書面等で届け出る定め", s));
                return;
            }
        }
        if (APPOINT.matcher(t).find()) {
            out.add(Finding.note(s.unit.displayLabel() + "は責任者を置くことを定めていますが、責任者・従事者や体制を書面で"
                    + ctx.client() + "に報告・提出する定めではありません。", s));
        }
    }
}
