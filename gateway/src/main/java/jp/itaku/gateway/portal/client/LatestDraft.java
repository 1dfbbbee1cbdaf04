package jp.itaku.gateway.portal.client;

import java.util.List;

/**
 * {@code GET /api/contracts/drafts/latest}: an engagement's latest draft with the elements it leaves missing or
 * contradicts — for every engagement the person may see, in one call (the dashboard, the approval queue).
 */
public record LatestDraft(String engagementId, Draft draft, List<OpenElement> openElements) {

    /** {@code required}: whether approval needs it (D1 only for dispatch contracts). */
    public record OpenElement(String id, String name, boolean required, String status, String statusLabel) {

        public boolean missing() {
            return Verification.MISSING.equals(status);
        }
    }
}
