package jp.itaku.inspection.engagement;

/** 秘匿性: how sensitive the personal information of an engagement is. */
public enum Sensitivity {
    HIGH("高"), MEDIUM("中"), LOW("低");

    public final String label;

    Sensitivity(String label) {
        this.label = label;
    }
}
