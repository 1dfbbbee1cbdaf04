package jp.itaku.gateway.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jp.itaku.gateway.proxy.GatewayConfig;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The portal's {@link Services} outside Quarkus: every route to one base URL, calls carrying the given token. */
public final class TestServices {

    private TestServices() {
    }

    public static Services at(String baseUrl, String token) {
        GatewayConfig gateway = new GatewayConfig() {
            @Override public Duration connectTimeout() { return Duration.ofSeconds(2); }
            @Override public Duration requestTimeout() { return Duration.ofSeconds(30); }
            @Override public long maxJsonBytes() { return 1_048_576; }
            @Override public long maxUploadBytes() { return 20_971_520; }
            @Override public Duration verifiedTokenTtl() { return Duration.ZERO; }
            @Override public long verifiedTokenMax() { return 0; }
            @Override public Map<String, String> serviceNames() { return Map.of("provisions", "提供管理サービス"); }
        };
        URI base = URI.create(baseUrl);
        return new Services(() -> Map.of("contracts", base, "inspections", base, "provisions", base), gateway,
                QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("pact-consumer"))
                        .addCredential(new AccessTokenCredential(token)).build(),
                new ObjectMapper().findAndRegisterModules());
    }
}
