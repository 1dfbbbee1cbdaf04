package jp.itaku.contract.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The service account contract-service uses towards Itaku's other services. */
@ConfigMapping(prefix = "itaku.service-auth")
public interface ServiceAuthConfig {

    /** Keycloak token endpoint for the client-credentials grant. */
    @WithDefault("${ITAKU_OIDC_URL:http://127.0.0.1:8180/realms/itaku}/protocol/openid-connect/token")
    String tokenUrl();

    @WithDefault("itaku-contract-service")
    String clientId();

    @WithDefault("itaku-contract-service-demo-secret")
    String clientSecret();

    /** A fixed bearer token instead of the grant, where no Keycloak runs (tests). */
    Optional<String> staticToken();
}
