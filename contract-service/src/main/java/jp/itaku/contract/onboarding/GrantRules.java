package jp.itaku.contract.onboarding;

import jp.itaku.api.Role;
import jp.itaku.common.security.Roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles an inviter may give (data, not code paths). The 総括保護管理者 may give every agency role; a
 * 保護管理者 every agency role but 総括; everyone else no staff role. Contractor users are invited from the
 * contractor's page (role {@code contractor} only) by 調達担当者, 保護管理者 and 総括.
 */
public final class GrantRules {

    /** The agency roles, in the order the portal lists them, with their Japanese names (the shared {@link Role}'s). */
    public static final Map<String, String> AGENCY_ROLES;

    static {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Role role : List.of(Role.PROCUREMENT_OFFICER, Role.PROTECTION_MANAGER, Role.CHIEF_PROTECTION_MANAGER,
                Role.INSPECTOR, Role.AUDITOR)) {
            roles.put(role.code, role.label);
        }
        AGENCY_ROLES = java.util.Collections.unmodifiableMap(roles);
    }

    private static final Map<String, Set<String>> MAY_GRANT = Map.of(
            Roles.CHIEF_PROTECTION_MANAGER, AGENCY_ROLES.keySet(),
            Roles.PROTECTION_MANAGER, Set.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.INSPECTOR,
                    Roles.AUDITOR));

    /** Roles that may invite a contractor's users. */
    public static final Set<String> CONTRACTOR_INVITERS = Set.of(Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER,
            Roles.CHIEF_PROTECTION_MANAGER);

    private GrantRules() {
    }

    /** The first role of {@code wanted} that none of the inviter's roles may give, if any. */
    public static java.util.Optional<String> notGrantable(Set<String> inviterRoles, List<String> wanted) {
        return wanted.stream().filter(role -> inviterRoles.stream()
                .noneMatch(mine -> MAY_GRANT.getOrDefault(mine, Set.of()).contains(role))).findFirst();
    }

    /** The Japanese name of a role (the shared {@link Role}'s); a name that is not Itaku's as it is. */
    public static String label(String role) {
        return Role.of(role).map(r -> r.label).orElse(role);
    }
}
