package jp.itaku.api;

/** 秘匿性 of the personal information handed over in an engagement (contract-service decides it, inspection-service plans by it). */
public enum Sensitivity {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    /** Japanese display label. */
    public final String label;
    /** English display label. */
    public final String labelEn;

    Sensitivity(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }
}
