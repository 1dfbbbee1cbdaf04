package jp.itaku.provision.provision.model;

public enum ProvisionState {
    DRAFT("起案"),
    AGREED("合意済"),
    PROVIDING("提供中"),
    ENDED("終了");

    public final String label;

    ProvisionState(String label) {
        this.label = label;
    }
}
