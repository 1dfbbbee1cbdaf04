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

/** W2 管理状況の検査: the client may inspect, audit, investigate on site or demand reports on the handling of personal information. */
final class W2Inspection implements ElementRule {

    static final Pattern INSPECT = Vocabulary.pattern("inspect");
    static final Pattern SITE_INSPECT = Vocabulary.pattern("site-inspect");
    static final Pattern STRONG_SITE = Vocabulary.pattern("strong-site");
    static final Pattern ON_PREMISES = Vocabulary.pattern("on-premises");
    static final Pattern ACCEPT_INSPECTION = Vocabulary.pattern("accept-inspection");
    static final Pattern MGMT = Vocabulary.pattern("management-status");
    /** The contractor refusing inspection or entry (vocabulary/inspection-refusal.txt). */
    static final Pattern REFUSAL = Vocabulary.pattern("inspection-refusal");
    /** A report or certificate standing in for the inspection (vocabulary/inspection-substitute.txt). */
    static final Pattern DEEMED = Vocabulary.pattern("inspection-substitute");
    static final Pattern ON_REQUEST = Vocabulary.pattern("report-on-request");
    static final Pattern HANDLING_STATUS = Vocabulary.pattern("handling-status");
    static final Pattern REPORT = Pattern.compile("報告");
    /** Read after the contractor's party word: the inspection only when the contractor agrees (vocabulary/contractor-consent-only.txt). */
    static final Pattern CONSENT_ONLY = Vocabulary.pattern("contractor-consent-only");

    /** The sentence makes the inspection depend on the contractor's consent (「乙の同意を得た場合に限り」「乙が認める場合に限り」). */
    private static boolean contractorConsentOnly(Sentence s, RuleContext ctx) {
        String contractor = ctx.contractor();
        if (s == null || contractor == null || contractor.isEmpty()) {
            return false;
        }
        for (int at = s.text.indexOf(contractor); at >= 0; at = s.text.indexOf(contractor, at + contractor.length())) {
            Matcher c = CONSENT_ONLY.matcher(s.text).region(at + contractor.length(), s.text.length());
            if (c.useTransparentBounds(true).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Element element() {
        return Element.W2;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!any(s.text, "検査", "監査", "調査", "立入", "立ち入", "実地", "求め", "確認", "確かめ", "要求", "請求")) {
            return;
        }
        Matcher m = word(INSPECT, s);
        if (contractorSide(s.subject()) && !REFUSAL.matcher(s.text).find() && !DEEMED.matcher(s.text).find() && reportsOnRequest(s, ctx)) {
            // 「乙は、甲から個人情報の管理状況について報告を求められたときは、速やかに報告しなければならない」
            out.add(Finding.satisfy(ctx.client() + "の求めに応じて個人情報の管理状況を報告する定め", s));
            return;
        }
        // 「ただし、乙は、甲の確認の求めには応じないことができる」: a proviso that lets the contractor refuse the client's
        // right of the sentence before, in words of its own
        boolean liftsRight = false;
        if (m == null) {
            Sentence q = ctx.qualified(s);
            liftsRight = q != null && contractorSide(s.subject()) && REFUSAL.matcher(s.text).find() && word(INSPECT, q) != null
                    && clientSide(q.subject());
            if (!liftsRight) {
                return;
            }
        }
        Modality mod = liftsRight ? Modality.PERMIT : Modality.after(s.text, m.start());
        // refused by the contractor, or the inspection named as the topic of a refusal whoever the sentence's subject is
        // (「お客様による当社施設への立入検査は、…実施できないものとします」); not a refusal the client decides
        if ((liftsRight || SITE_INSPECT.matcher(s.text).find()) && s.subject() != Role.WORKER && !ctx.clientDecidesWhen(s.text)
                && (contractorSide(s.subject()) || m == null ? REFUSAL.matcher(s.text).find() : REFUSAL.matcher(s.text).find(m.start()))) {
            // the contractor itself declines entry, audit or inspection
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が立入り・監査・調査に応じないと定めており、"
                    + ctx.client() + "は個人情報の管理状況を確認できません。", s));
            return;
        }
        if (m == null) {
            return; // a lifting proviso the client decides
        }
        // a substitute the client may choose (「甲は、その選択により、…検査に代えて、乙に報告書を提出させることができる」
        // 「甲が認めるときは、…をもって検査に代えることができる」) is the client's control, not an emptied right
        boolean clientChooses = (clientSide(s.subject()) && mod == Modality.PERMIT) || ctx.clientDecidesWhen(s.text)
                || ctx.chooser(s.text) == Role.CLIENT;
        if (DEEMED.matcher(s.text).find() && SITE_INSPECT.matcher(s.text).find() && !clientChooses) {
            // 「報告書の提供をもって、監査及び検査の権利が充足される」: a report stands in for the right to inspect
            out.add(Finding.contradict(s.unit.displayLabel() + "は第三者の報告書等の提供をもって" + ctx.client()
                    + "の監査・検査の権利に代えるとしており、" + ctx.client() + "自身が管理状況を検査できません。", s));
            return;
        }
        if (clientSide(s.subject())) {
            if (mod == Modality.NEG_PERMIT && SITE_INSPECT.matcher(s.text).find()) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.client()
                        + "が立入り・監査・検査を求めることを禁じており、管理状況を確認できません。", s));
                return;
            }
            boolean about = MGMT.matcher(s.text).find()
                    || (STRONG_SITE.matcher(s.text).find() && (ctx.personalInfoContext(s) || ON_PREMISES.matcher(s.text).find()));
            if (about && (mod == Modality.PERMIT || mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
                Sentence proviso = ctx.proviso(s);
                boolean inProviso = !contractorConsentOnly(s, ctx) && contractorConsentOnly(proviso, ctx);
                if (inProviso || contractorConsentOnly(s, ctx)) {
                    // 「甲は…監査を行うことができる。ただし、…乙が認める場合に限り行う」: the right is the contractor's to give
                    String what = (inProviso ? proviso : s).unit.displayLabel() + "は" + ctx.client() + "の検査・監査を"
                            + ctx.contractor() + "の同意又は判断に委ねており、" + ctx.client() + "は管理状況を確認できるとは限りません。";
                    out.add(inProviso ? Finding.contradict(what, proviso, s) : Finding.contradict(what, s));
                    return;
                }
                out.add(Finding.satisfy("個人情報の管理状況を検査・調査し又は報告を求めることができる定め", s));
            }
        } else if (s.subject() == Role.CONTRACTOR && ACCEPT_INSPECTION.matcher(s.text).find() && (MGMT.matcher(s.text).find()
                || (STRONG_SITE.matcher(s.text).find() && ctx.personalInfoContext(s)))) {
            if (mod == Modality.PERMIT && (s.text.contains("拒") || s.text.contains("応じない"))) {
                out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が検査・監査を拒めると定めています。", s));
            } else if (((mod == Modality.OBLIGE || mod == Modality.PROHIBIT) && (s.text.contains("受け") || s.text.contains("協力")
                    || s.text.contains("拒")))
                    // a vendor's plain undertaking 「…監査を受け入れ、これに協力します」 (a plain 拒む would be a refusal)
                    || (mod == Modality.PLAIN && (s.text.contains("受け入れ") || s.text.contains("協力")) && !s.text.contains("拒"))) {
                out.add(Finding.satisfy("個人情報の管理状況の検査・監査を受け入れる定め", s));
            }
        }
    }

    /** The contractor must report on the handling of personal information whenever the client asks. */
    private static boolean reportsOnRequest(Sentence s, RuleContext ctx) {
        Matcher r = ON_REQUEST.matcher(s.text);
        if (!r.find() || !HANDLING_STATUS.matcher(s.text).find() || !(ctx.hasPi(s.text) || ctx.personalInfoContext(s))) {
            return false;
        }
        Matcher rep = REPORT.matcher(s.text);
        while (rep.find()) {
            if (rep.start() > r.start()) {
                Modality mod = Modality.after(s.text, rep.start());
                return mod == Modality.OBLIGE || mod == Modality.PLAIN;
            }
        }
        return false;
    }
}
