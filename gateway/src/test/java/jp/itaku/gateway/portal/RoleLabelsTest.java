package jp.itaku.gateway.portal;

import jp.itaku.api.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal names roles by the shared Role (itaku-api), in its order, and leaves the identity provider's own out. */
class RoleLabelsTest {

    @Test
    void itakusRolesInTheSharedOrderAndLanguage() {
        Set<String> roles = Set.of("auditor", "offline_access", "procurement-officer", "default-roles-itaku");
        assertEquals(List.of("調達担当者", "監査責任者"), RoleLabels.of(roles));
        assertEquals(List.of("Procurement officer", "Auditor"), RoleLabels.of(roles, Locale.ENGLISH));
        assertEquals(List.of("調達担当者", "監査責任者"), RoleLabels.of(roles, Locale.JAPANESE));
        assertEquals(List.of(), RoleLabels.of(Set.of("uma_authorization")));
    }

    @Test
    void thePortalsRoleNamesAreTheSharedOnes() {
        for (String code : List.of(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
                RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR, RoleLabels.CONTRACTOR,
                RoleLabels.PLATFORM_ADMIN)) {
            assertTrue(Role.of(code).isPresent(), code);
        }
        assertEquals(7, Role.values().length);
    }
}
