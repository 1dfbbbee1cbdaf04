package jp.itaku.contract.draft;

import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementKind;
import jp.itaku.contract.verification.VerificationReport;

import java.util.List;

/** GET /api/contracts/engagements/{id}/drafts/{version}: the draft and every element's verification. */
public record DraftDetail(DraftView draft, List<ElementView> elements) {
    static DraftDetail of(ContractDraft d, VerificationReport report) {
        EngagementKind kind = Engagement.findVisible(d.engagementId).kind;
        return new DraftDetail(DraftView.of(d), report.elements().stream().map(e -> ElementView.of(e, kind)).toList());
    }
}
