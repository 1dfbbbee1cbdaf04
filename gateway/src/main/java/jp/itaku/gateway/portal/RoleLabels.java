package jp.itaku.gateway.portal;

import jp.itaku.api.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The realm roles of GUIDELINE-MAP.md: their names as tokens carry them, and their labels as a person reads them —
 * the shared {@link Role}'s (itaku-api), in its order, so the portal keeps no copy of its own.
 */
public final class RoleLabels {

    public static final String PROCUREMENT_OFFICER = "procurement-officer";
    public static final String PROTECTION_MANAGER = "protection-manager";
    public static final String CHIEF_PROTECTION_MANAGER = "chief-protection-manager";
    public static final String INSPECTOR = "inspector";
    public static final String AUDITOR = "auditor";
    public static final String CONTRACTOR = "contractor";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private RoleLabels() {
    }

    /** Itaku's roles among the given ones, labelled; the identity provider's own roles are left out. */
    public static List<String> of(Set<String> roles) {
        return itakus(roles).map(r -> r.label).toList();
    }

    /** The same in English. */
    public static List<String> english(Set<String> roles) {
        return itakus(roles).map(r -> r.labelEn).toList();
    }

    /** In the page's language ({@code "en"} or Japanese). */
    public static List<String> of(Set<String> roles, Locale locale) {
        return "en".equals(locale.getLanguage()) ? english(roles) : of(roles);
    }

    private static java.util.stream.Stream<Role> itakus(Set<String> roles) {
        return Arrays.stream(Role.values()).filter(r -> roles.contains(r.code));
    }
}
