package jp.itaku.provision.settings.model;

/** The kind of body an agency (tenant) is; it decides which legacy act its documents cite. */
public enum AgencyType {
    ADMINISTRATIVE_ORGAN("行政機関", "行政機関の保有する個人情報の保護に関する法律", 8, 9),
    INCORPORATED_ADMINISTRATIVE_AGENCY("独立行政法人等", "独立行政法人等の保有する個人情報の保護に関する法律", 9, 10);

    public final String label;
    final String legacyLaw;
    /** The legacy act's article on use and provision (利用及び提供の制限). */
    final int legacyProvisionArticle;
    /** The legacy act's article on requesting safety measures from a recipient (措置要求). */
    final int legacySafetyMeasureArticle;

    AgencyType(String label, String legacyLaw, int legacyProvisionArticle, int legacySafetyMeasureArticle) {
        this.label = label;
        this.legacyLaw = legacyLaw;
        this.legacyProvisionArticle = legacyProvisionArticle;
        this.legacySafetyMeasureArticle = legacySafetyMeasureArticle;
    }
}
