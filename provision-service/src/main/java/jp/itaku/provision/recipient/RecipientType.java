package jp.itaku.provision.recipient;

/** 提供先の種別. Administrative organs and IAAs are where P3 (measures "when necessary") applies. */
public enum RecipientType {
    PRIVATE_OR_INDIVIDUAL("民間事業者・個人"),
    LOCAL_GOVERNMENT("地方公共団体・地方独立行政法人"),
    ADMINISTRATIVE_ORGAN("行政機関"),
    INCORPORATED_ADMINISTRATIVE_AGENCY("独立行政法人等");

    public static final String CODES = "PRIVATE_OR_INDIVIDUAL|LOCAL_GOVERNMENT|ADMINISTRATIVE_ORGAN|INCORPORATED_ADMINISTRATIVE_AGENCY";

    public final String label;

    RecipientType(String label) {
        this.label = label;
    }

    public boolean isAdministrativeOrganOrIaa() {
        return this == ADMINISTRATIVE_ORGAN || this == INCORPORATED_ADMINISTRATIVE_AGENCY;
    }

    /** Item 3 covers provision to public bodies only; a private company or a person can only be a recipient under item 4. */
    public boolean isPublicBody() {
        return this != PRIVATE_OR_INDIVIDUAL;
    }
}
