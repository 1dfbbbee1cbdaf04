package jp.itaku.contract.engagement;

/**
 * A precondition another topic owns (a draft before review, an erasure certificate before the end); throws an
 * {@link jp.itaku.common.problem.ItakuException} when the engagement may not move to {@code to}.
 */
public interface TransitionGuard {

    void check(Engagement engagement, EngagementState to);
}
