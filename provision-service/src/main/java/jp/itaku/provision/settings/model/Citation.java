package jp.itaku.provision.settings.model;

/** Which law the agency's documents cite: the acts in force until March 2022, or the unified APPI. */
public enum Citation {
    LEGACY("旧法（行政機関個人情報保護法・独立行政法人等個人情報保護法）"),
    CURRENT("個人情報の保護に関する法律");

    public final String label;

    Citation(String label) {
        this.label = label;
    }
}
