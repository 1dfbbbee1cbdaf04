package jp.itaku.contract.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementState;
import jp.itaku.contract.engagement.TransitionGuard;

/** Contract review needs something to review. */
@ApplicationScoped
public class DraftGuard implements TransitionGuard {

    @Override
    public void check(Engagement engagement, EngagementState to) {
        if (to == EngagementState.UNDER_REVIEW && ContractDraft.latest(engagement.id).isEmpty()) {
            throw ItakuException.conflict("契約書案がアップロードされていないため、契約審査に回せません。");
        }
    }
}
