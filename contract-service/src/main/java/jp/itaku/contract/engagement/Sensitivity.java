package jp.itaku.contract.engagement;

/** 秘匿性 of the personal information handed over. */
public enum Sensitivity {
    HIGH("高"),
    MEDIUM("中"),
    LOW("低");

    public final String label;

    Sensitivity(String label) {
        this.label = label;
    }
}
