package jp.itaku.contract.engagement;

/** The life of an engagement: 起案 → 契約審査中 → 承認済 → 履行中 → 終了. */
public enum EngagementState {
    DRAFTING("起案"),
    UNDER_REVIEW("契約審査中"),
    APPROVED("承認済"),
    IN_PROGRESS("履行中"),
    ENDED("終了");

    public final String label;

    EngagementState(String label) {
        this.label = label;
    }
}
