package jp.itaku.contract.engagement;

/** Fired synchronously inside the transaction that changed the state, so observers write in the same one. */
public record StateChanged(Engagement engagement, EngagementState from, EngagementState to) {
}
