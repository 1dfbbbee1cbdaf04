package jp.itaku.common.security;

/** Realm roles of GUIDELINE-MAP.md. */
public final class Roles {
    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    public static final String PROTECTION_MANAGER = "protection-manager";
    public static final String CHIEF_PROTECTION_MANAGER = "chief-protection-manager";
    public static final String INSPECTOR = "inspector";
    public static final String AUDITOR = "auditor";
    public static final String CONTRACTOR = "contractor";
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Service accounts (client credentials) that deliver events between Itaku's own services. */
    public static final String SERVICE = "itaku-service";

    private Roles() {
    }
}
