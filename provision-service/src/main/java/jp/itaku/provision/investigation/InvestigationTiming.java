package jp.itaku.provision.investigation;

public enum InvestigationTiming {
    BEFORE_PROVISION("提供前"),
    AT_ANY_TIME("随時");

    public final String label;

    InvestigationTiming(String label) {
        this.label = label;
    }
}
