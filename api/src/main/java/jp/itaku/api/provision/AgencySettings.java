package jp.itaku.api.provision;

/**
 * The agency's own setting as GET /api/provisions/settings answers it (provision-service's SettingsView): the part
 * other services read — the agency's name as its 総括保護管理者 registered it.
 */
public record AgencySettings(String agencyName) {
}
