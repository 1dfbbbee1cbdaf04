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

/** D1 派遣労働者の秘密保持: dispatched workers are bound to keep personal information confidential. */
final class D1WorkerConfidentiality implements ElementRule {

    static final Pattern WORKER = Vocabulary.pattern("dispatched-worker");
    static final Pattern CONFIDENTIAL = Vocabulary.pattern("confidential");
    static final Pattern CAUSATIVE = Vocabulary.pattern("causative");
    /** 「派遣労働者をして…」 (the older causative) and 「…を守らせ」 in a list's lead. */
    static final Pattern LEAD_CAUSATIVE = Pattern.compile("派遣労働者をして|守らせ");

    @Override
    public Element element() {
        return Element.D1;
    }

    @Override
    public void check(Sentence s, RuleContext ctx, List<Finding> out) {
        // an item of a list whose lead makes the workers observe it (「派遣元は、派遣労働者をして、次の各号に掲げる事項を
        // 遵守せしめなければならない。一 …秘密を他に漏らさぬこと」): the item binds the workers
        boolean byLead = s.unit.lead != null && !WORKER.matcher(s.text).find() && ctx.sentencesOf(s.unit.lead).stream()
                .anyMatch(l -> WORKER.matcher(l.text).find() && (CAUSATIVE.matcher(l.text).find() || LEAD_CAUSATIVE.matcher(l.text).find()));
        if (!byLead && (!any(s.text, "派遣") || !WORKER.matcher(s.text).find())) {
            return;
        }
        Matcher c = CONFIDENTIAL.matcher(s.text);
        if (!c.find()) {
            return;
        }
        // 「次条第1項に規定する情報を…漏らさない旨の誓約書」: the information of an article about personal information
        if (!ctx.hasPi(s.text) && !s.text.contains("秘密") && !(s.text.contains("情報") && ctx.refersToPiArticle(s))) {
            return;
        }
        Modality mod = Modality.after(s.text, c.start());
        if (mod == Modality.PROHIBIT || mod == Modality.OBLIGE || mod == Modality.PLAIN) {
            out.add(Finding.satisfy("派遣労働者に個人情報の秘密保持義務を課す定め", s));
        }
    }
}
