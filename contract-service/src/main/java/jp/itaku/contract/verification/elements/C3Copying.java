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

/** C3 複製等の制限: copying personal information prohibited or only with the client's approval or instruction. */
final class C3Copying implements ElementRule {

    static final Pattern COPY = Vocabulary.pattern("copy");
    static final Pattern COPY_NEAR_MISS = Vocabulary.pattern("copy-near-miss");
    static final Pattern MATERIAL = Vocabulary.pattern("material");
    static final Pattern INSTRUCTION = Vocabulary.pattern("instruction");

    @Override
    public Element element() {
        return Element.C3;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!Vocabulary.mentions(s.text, "copy")) {
            return;
        }
        Matcher m = word(COPY, s);
        if (m == null) {
            return;
        }
        boolean personal = ctx.hasPi(s.text);
        if (COPY_NEAR_MISS.matcher(s.text).find() && !personal) {
            out.add(Finding.note(s.unit.displayLabel() + "の「複製」はプログラム等の利用許諾に関するもので、個人情報の複製の制限ではありません。", s));
            return;
        }
        if (!personal && !MATERIAL.matcher(s.text).find() && !ctx.personalInfoContext(s)) {
            return;
        }
        if (s.subject() == Role.CLIENT) {
            out.add(Finding.note(s.unit.displayLabel() + "の複製に関する定めは" + ctx.client() + "についてのもので、"
                    + ctx.contractor() + "の複製を制限していません。", s));
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        String after = s.text.substring(m.start());
        if (mod == Modality.NEG_PERMIT && approvalWaivedAt(s, Modality.positionAfter(s.text, m.start())) && !ctx.clientDecides(s.text)) {
            // 「…複製する場合、甲の承諾は要しない」「お客様の承諾は要しません」: the waiver is of the approval, not a ban
            out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が"
                    + ctx.client() + "の承認なしに個人情報を複写・複製できると定めています。", s));
            return;
        }
        switch (mod) {
            case PROHIBIT, NEG_PERMIT, NEGATE -> out.add(Finding.satisfyAt(m.start(), "個人情報が記録された資料等の複写・複製を制限する定め", s));
            case OBLIGE -> {
                if (RuleContext.APPROVAL.matcher(after).find() || INSTRUCTION.matcher(after).find()) {
                    out.add(Finding.satisfyAt(m.start(), "複製に承認を得ることを義務付ける定め", s));
                }
            }
            case PERMIT -> {
                if (approvalRequired(s.text) || (INSTRUCTION.matcher(s.text).find() && !RuleContext.NEG_APPROVAL.matcher(s.text).find())) {
                    out.add(Finding.satisfyAt(m.start(), "承認又は指示の範囲に限り複製を認める定め", s));
                } else if (s.subject() != Role.UNKNOWN) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が"
                            + ctx.client() + "の承認なしに個人情報を複写・複製できると定めています。", s));
                }
            }
            case PLAIN -> {
                if (ownWayOfCopying(s, m, ctx)) {
                    out.add(Finding.contradict(s.unit.displayLabel() + "は" + ctx.contractor() + "が自ら定める方法・頻度で個人情報を複製すると定めており、"
                            + ctx.client() + "の承認や指示によらない複製を認めています。", s));
                }
            }
            default -> {
            }
        }
    }

    static final Pattern APPROVAL_WORD = Vocabulary.pattern("approval");

    /** The denied permission at {@code at} follows the approval word itself (「承諾は要しない」「承認を要しません」). */
    private static boolean approvalWaivedAt(Sentence s, int at) {
        if (at < 0) {
            return false;
        }
        Matcher a = APPROVAL_WORD.matcher(s.text).region(Math.max(0, at - 8), at);
        return a.find() && s.text.substring(a.end(), at).matches("(?:は|を|について(?:は)?|も|、)*");
    }

    static final Pattern DISCRETION = Vocabulary.pattern("discretion");
    static final Pattern JUDGEMENT = Vocabulary.pattern("judgement");
    static final Pattern ADVERB = Vocabulary.pattern("discretion-adverb");
    /** The copy word is the predicate (「複製し保管します」「複製を行います」「複製する。」), not an attribute (複製した記録). */
    static final Pattern COPY_PREDICATE = Pattern.compile("^(?:を行い|を行う|を行います|を作成し|を作成する|し(?:、|て)?|します|する(?:。|$)|いたします)");

    /**
     * A plain statement that the contractor copies the data in its own way (vendor terms: 「当社は、お客様データを、当社の
     * 定める頻度で任意の拠点に複製し保管します」「当社の判断により複製します」), with no approval or instruction of the
     * client: as much a permission as 「複製できる」 (SPEC Conventions, Exceptions).
     */
    private static boolean ownWayOfCopying(Sentence s, Matcher m, RuleContext ctx) {
        if (s.subject() == Role.UNKNOWN || !contractorSide(s.subject()) || approvalRequired(s.text) || INSTRUCTION.matcher(s.text).find()
                || !COPY_PREDICATE.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) {
            return false;
        }
        return ctx.contractorSetsRule(s.text) || DISCRETION.matcher(s.text).find() || JUDGEMENT.matcher(s.text).find()
                || ADVERB.matcher(s.text).find() || s.text.contains("自由に") || s.text.contains("任意の");
    }
}
