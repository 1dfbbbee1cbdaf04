package jp.itaku.contract.draft;

import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;

import java.util.List;

/** {@code required}: whether approval needs the element (D1 only for dispatch engagements). */
public record ElementView(String id, String name, boolean required, String status, String statusLabel,
                          List<Evidence> evidence, String explanation, String suggestedClause) {
    static ElementView of(ElementResult e, EngagementKind kind) {
        return new ElementView(e.id(), ElementStatus.elementName(e.id()), ElementStatus.applies(kind, e.id()),
                e.status(), ElementStatus.label(e.status()), e.evidence(), e.explanation(), e.suggestedClause());
    }
}
