package jp.itaku.gateway.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The realm roles of GUIDELINE-MAP.md as a person reads them, in the map's order. */
public final class RoleLabels {

    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    public static final String PROTECTION_MANAGER = "protection-manager";
    public static final String CHIEF_PROTECTION_MANAGER = "chief-protection-manager";
    public static final String INSPECTOR = "inspector";
    public static final String AUDITOR = "auditor";
    public static final String CONTRACTOR = "contractor";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, String> ENGLISH = Map.of(PROCUREMENT_OFFICER, "Procurement officer",
            PROTECTION_MANAGER, "Protection manager", CHIEF_PROTECTION_MANAGER, "Chief protection manager",
            INSPECTOR, "Inspector", AUDITOR, "Auditor", CONTRACTOR, "Contractor", PLATFORM_ADMIN, "Platform administrator");

    static {
        LABELS.put(PROCUREMENT_OFFICER, "調達担当者");
        LABELS.put(PROTECTION_MANAGER, "保護管理者");
        LABELS.put(CHIEF_PROTECTION_MANAGER, "総括保護管理者");
        LABELS.put(INSPECTOR, "検査担当者");
        LABELS.put(AUDITOR, "監査責任者");
        LABELS.put(CONTRACTOR, "委託先担当者");
        LABELS.put(PLATFORM_ADMIN, "運用管理者");
    }

    private RoleLabels() {
    }

    /** Itaku's roles among the given ones, labelled; the identity provider's own roles are left out. */
    public static List<String> of(Set<String> roles) {
        return LABELS.entrySet().stream().filter(e -> roles.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The same in English. */
    public static List<String> english(Set<String> roles) {
        return LABELS.keySet().stream().filter(roles::contains).map(ENGLISH::get).toList();
    }

    /** In the page's language ({@code "en"} or Japanese). */
    public static List<String> of(Set<String> roles, java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? english(roles) : of(roles);
    }
}
