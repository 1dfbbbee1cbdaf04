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

/** C2 再委託の制限又は事前承認: subcontracting prohibited, or allowed only with the client's prior approval. */
final class C2Subcontracting implements ElementRule {

    static final Pattern SUBCONTRACT = Vocabulary.pattern("subcontract");

    @Override
    public Element element() {
        return Element.C2;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        if (!any(s.text, "委託", "委任", "請負", "請け負", "下請")) {
            return;
        }
        Matcher m = word(SUBCONTRACT, s);
        if (m == null) {
            return;
        }
        if (!contractorSide(s.subject())) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        switch (mod) {
            case PROHIBIT, NEG_PERMIT, NEGATE -> {
                Sentence proviso = ctx.proviso(s);
                if (proviso != null && approvalRequired(proviso.text)) {
                    out.add(Finding.satisfy("再委託を禁止し、承諾を得た場合に限り認める定め", s, proviso));
                } else {
                    out.add(Finding.satisfy(approvalRequired(s.text)
                            ? "承諾を得ない再委託を禁止する定め" : "再委託を禁止する定め", s));
                }
            }
            case OBLIGE -> {
                if (RuleContext.APPROVAL.matcher(s.text).find() && !RuleContext.NEG_APPROVAL.matcher(s.text).find()) {
                    out.add(Finding.satisfy("再委託に承諾を得ることを義務付ける定め", s));
                }
            }
            case PERMIT -> {
                if (approvalRequired(s.text)) {
                    out.add(Finding.satisfy("承諾を得た場合に限り再委託を認める定め", s));
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
