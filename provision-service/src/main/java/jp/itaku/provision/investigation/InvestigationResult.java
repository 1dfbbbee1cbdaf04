package jp.itaku.provision.investigation;

public enum InvestigationResult {
    SATISFACTORY("適切"),
    IMPROVEMENT_REQUIRED("改善を要する");

    public final String label;

    InvestigationResult(String label) {
        this.label = label;
    }
}
