package jp.itaku.contract.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keycloak's login events (success and failure) for the audit view, read through the Admin REST API with the
 * service account of client {@code itaku-audit-events} (realm-management roles view-events and view-users only).
 */
@ConfigMapping(prefix = "itaku.login-events")
public interface LoginEventsConfig {

    /** Keycloak's base URL (without /realms/…). */
    @WithDefault("${ITAKU_KEYCLOAK_URL:http://127.0.0.1:8180}")
    String keycloakUrl();

    @WithDefault("itaku")
    String realm();

    @WithDefault("itaku-audit-events")
    String clientId();

    @WithDefault("${ITAKU_AUDIT_EVENTS_SECRET:itaku-audit-events-demo-secret}")
    String clientSecret();
}
