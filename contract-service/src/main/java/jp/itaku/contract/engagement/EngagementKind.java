package jp.itaku.contract.engagement;

/** 業務委託 (第8-4) or 労働者派遣 (第8-7, whose contract must impose D1). */
public enum EngagementKind {
    OUTSOURCING("業務委託"),
    DISPATCH("労働者派遣");

    public final String label;

    EngagementKind(String label) {
        this.label = label;
    }
}
