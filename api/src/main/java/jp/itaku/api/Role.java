package jp.itaku.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Itaku's realm roles (docs/GUIDELINE-MAP.md) with their display labels, in the map's order: defined once here, so
 * that contract-service's staff pages and invitations and the portal's header, role choices and refusals name a role
 * the same way. The codes are the realm's role names (common's {@code Roles}).
 */
public enum Role {
    PROCUREMENT_OFFICER("procurement-officer", "調達担当者", "Procurement officer"),
    PROTECTION_MANAGER("protection-manager", "保護管理者", "Protection manager"),
    CHIEF_PROTECTION_MANAGER("chief-protection-manager", "総括保護管理者", "Chief protection manager"),
    INSPECTOR("inspector", "検査担当者", "Inspector"),
    AUDITOR("auditor", "監査責任者", "Auditor"),
    CONTRACTOR("contractor", "委託先担当者", "Contractor"),
    PLATFORM_ADMIN("platform-admin", "運用管理者", "Platform administrator");

    /** The realm role's name, as tokens carry it. */
    public final String code;
    /** Japanese display label. */
    public final String label;
    /** English display label. */
    public final String labelEn;

    Role(String code, String label, String labelEn) {
        this.code = code;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The role of a realm role name; empty for a name that is not Itaku's (the identity provider's own roles). */
    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public Term term() {
        return new Term(code, label, labelEn);
    }
}
