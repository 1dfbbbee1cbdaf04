package jp.itaku.gateway.portal;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.gateway.proxy.GatewayConfig;
import jp.itaku.gateway.proxy.RoutesConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.List;
import jp.itaku.gateway.portal.web.Services;
import java.util.Optional;
import java.util.Set;

/** What the portal's pages share: who is signed in, what they may navigate to, where the APIs are described. */
@ApplicationScoped
public class Portal {

    private static final Set<String> ITAKU_USERS = Set.of(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR, RoleLabels.CONTRACTOR,
            RoleLabels.PLATFORM_ADMIN);

    private final PortalConfig config;
    private final RoutesConfig routes;
    private final GatewayConfig gateway;
    private final List<NavItem> navigation;

    Portal(PortalConfig config, RoutesConfig routes, GatewayConfig gateway) {
        this.config = config;
        this.routes = routes;
        this.gateway = gateway;
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("ホーム", "Home", "/", Set.of()));
        Set<String> agencyStaff = Set.of(RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
                RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR);
        items.add(new NavItem("委託先", "Contractors", "/contractors", agencyStaff));
        items.add(new NavItem("委託案件", "Engagements", "/engagements", Set.of(RoleLabels.PROCUREMENT_OFFICER,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR,
                RoleLabels.AUDITOR, RoleLabels.CONTRACTOR)));
        items.add(new NavItem("承認待ち", "Approvals", "/approvals", Set.of(RoleLabels.PROTECTION_MANAGER)));
        items.add(new NavItem("検査計画", "Inspection plan", "/plan", agencyStaff));
        items.add(new NavItem("改善要求", "Improvement requests", "/improvements", Set.of(RoleLabels.CONTRACTOR, RoleLabels.INSPECTOR,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.AUDITOR)));
        items.add(new NavItem("自己点検", "Self-reports", "/self-reports", Set.of(RoleLabels.CONTRACTOR, RoleLabels.INSPECTOR,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.AUDITOR)));
        items.add(new NavItem("事故等", "Incidents", "/incidents", Set.of(RoleLabels.PROCUREMENT_OFFICER,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR,
                RoleLabels.AUDITOR, RoleLabels.CONTRACTOR)));
        items.add(new NavItem("台帳", "Ledger", "/ledger", agencyStaff));
        // provision-service: every reader is agency staff; contractors and platform admins get 403 there
        items.add(new NavItem("提供", "Provisions", "/provisions", agencyStaff));
        items.add(new NavItem("提供台帳", "Provision register", "/provisions/register", agencyStaff));
        items.add(new NavItem("ダッシュボード", "Dashboard", "/dashboard", Set.of(RoleLabels.CHIEF_PROTECTION_MANAGER,
                RoleLabels.AUDITOR, RoleLabels.PROTECTION_MANAGER)));
        items.add(new NavItem("監査", "Audit", "/audit", Set.of(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER)));
        items.add(new NavItem("職員", "Staff", "/staff", Set.of(RoleLabels.CHIEF_PROTECTION_MANAGER,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.AUDITOR)));
        items.add(new NavItem("機関", "Agencies", "/agencies", Set.of(RoleLabels.PLATFORM_ADMIN)));
        items.add(new NavItem("通知設定", "Notices", "/settings/notices", Set.of(RoleLabels.PROCUREMENT_OFFICER,
                RoleLabels.PROTECTION_MANAGER, RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR,
                RoleLabels.AUDITOR, RoleLabels.CONTRACTOR)));
        items.add(new NavItem("API ドキュメント", "API docs", "/#api", ITAKU_USERS));
        config.adminConsoleUrl().ifPresent(url ->
                items.add(new NavItem("運用管理（Keycloak）", "Administration (Keycloak)", url, Set.of(RoleLabels.PLATFORM_ADMIN))));
        this.navigation = List.copyOf(items);
    }

    public Viewer viewer(SecurityIdentity identity) {
        Set<String> roles = identity.getRoles();
        String tenant = claim(identity, "tenant").orElse(null);
        String org = claim(identity, "org").orElse(null);
        // no tenant: null, and the page says so in its language (msg:no_agency)
        String agency = tenant == null ? null : config.agencies().getOrDefault(tenant, tenant);
        String organisation = org == null ? null : config.organisations().getOrDefault(org, org);
        return new Viewer(displayName(identity), claim(identity, "preferred_username").orElse(identity.getPrincipal().getName()),
                agency, organisation, RoleLabels.of(roles), RoleLabels.english(roles), NavItem.visible(navigation, roles));
    }

    public List<ApiDoc> apiDocs(java.util.Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return routes.services().keySet().stream().sorted()
                .map(segment -> new ApiDoc(english ? Services.ENGLISH_NAMES.getOrDefault(segment, segment)
                        : gateway.serviceNames().getOrDefault(segment, segment),
                        "/api/" + segment + "/openapi", "/api/" + segment + "/swagger-ui/"))
                .toList();
    }

    /** Japanese order: family name first. */
    private static String displayName(SecurityIdentity identity) {
        Optional<String> family = claim(identity, "family_name");
        Optional<String> given = claim(identity, "given_name");
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return claim(identity, "name")
                .or(() -> claim(identity, "preferred_username"))
                .orElse(identity.getPrincipal().getName());
    }

    private static Optional<String> claim(SecurityIdentity identity, String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
