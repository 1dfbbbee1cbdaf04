package jp.itaku.gateway.portal.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jp.itaku.gateway.portal.web.Services;
import jp.itaku.gateway.proxy.GatewayConfig;
import jp.itaku.gateway.proxy.RoutesConfig;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** {@link Services} without Quarkus, for the consumer pact tests: every route to the pact's mock server. */
final class PortalServices {

    private PortalServices() {
    }

    static Services against(String mockServerUrl, String token) {
        URI base = URI.create(mockServerUrl);
        RoutesConfig routes = () -> Map.of("contracts", base, "inspections", base, "provisions", base);
        GatewayConfig gateway = new GatewayConfig() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public long maxJsonBytes() {
                return 1 << 20;
            }

            @Override
            public long maxUploadBytes() {
                return 20 << 20;
            }

            @Override
            public Duration verifiedTokenTtl() {
                return Duration.ZERO;
            }

            @Override
            public long verifiedTokenMax() {
                return 0;
            }

            @Override
            public Map<String, String> serviceNames() {
                return Map.of();
            }
        };
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("consumer"))
                .addCredential(new AccessTokenCredential(token))
                .build();
        return new Services(routes, gateway, identity, new ObjectMapper().findAndRegisterModules());
    }
}
