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
        if (!any(s.text, "消去", "削除", "廃棄", "破棄", "溶解", "裁断", "細断", "破砕", "シュレッダー", "抹消", "初期化", "破壊", "処分")) {
            return;
        }
        Matcher m = word(ERASE, s);
        if (m == null) {
            return;
        }
        Modality mod = Modality.after(s.text, m.start());
        if (!(mod == Modality.OBLIGE || mod == Modality.PLAIN)) {
            return;
        }
        if (!DATA.matcher(s.text).find()) {
            return;
        }
        boolean end = END.matcher(s.text).find() || END.matcher(ctx.articleText(s)).find();
        if (!end) {
            return;
        }
        if (s.subject() == Role.CLIENT) {
            out.add(Finding.note(ctx.wrongParty(s, "消去"), s));
            return;
        }
        if (contractorSide(s.subject())) {
            out.add(Finding.satisfy("契約終了時に個人情報を消去・廃棄する定め", s));
        }
    }
}
