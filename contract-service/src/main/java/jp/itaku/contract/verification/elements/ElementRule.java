package jp.itaku.contract.verification.elements;

import java.util.List;

import jp.itaku.contract.verification.Element;
import jp.itaku.contract.verification.rules.Finding;
import jp.itaku.contract.verification.rules.Sentence;

/**
 * The rule of one element of SPEC.md, stated over the clause model of the draft: it looks at one sentence at a time
 * and adds what it finds (a satisfying obligation, a contradicting permission, or a near miss worth explaining).
 * Rules are stateless; everything about the draft comes from the {@link RuleContext}.
 */
public interface ElementRule {

    Element element();

    void check(Sentence s, RuleContext ctx, List<Finding> out);

    /** One rule per element, in the order of {@link Element}. */
    static List<ElementRule> all() {
        return List.of(new C1aConfidentiality(), new C1bPurposeLimitation(), new C2Subcontracting(), new C3Copying(),
                new C4IncidentReport(), new C5aErasure(), new C5bReturn(), new C6aTermination(), new C6bDamages(),
                new W1Structure(), new W2Inspection(), new D1WorkerConfidentiality());
    }
}
