package jp.itaku.gateway.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The gateway in production (the packaged jar, {@link LaunchMode#NORMAL}) refuses to start while its session key or
 * its client secret still has the demo value from the repository (or the k8s placeholder), naming the setting and
 * its environment variable. The local system of {@code ./itaku up} says explicitly that it runs with the demo realm:
 * {@code -Ditaku.security.demo-secrets-allowed=true}. (The services have the same guard in jp.itaku.common.security.)
 */
@Singleton
public class DemoSecrets {

    /** setting → [environment variable, demo value from application.properties / the realm file]. */
    static final Map<String, List<String>> DEMO = Map.of(
            "quarkus.oidc.credentials.secret", List.of("ITAKU_PORTAL_CLIENT_SECRET", "itaku-portal-demo-secret"),
            "quarkus.oidc.token-state-manager.encryption-secret",
            List.of("ITAKU_SESSION_SECRET", "itaku-demo-session-secret-change-me-0123456789"));
    /** Markers of values nobody chose: the k8s Secret's placeholder and the demo names. */
    static final List<String> PLACEHOLDERS = List.of("REPLACE-ME", "demo-secret", "change-me");

    void refuseInProduction(@Observes StartupEvent started, Config config, SecurityConfig security) {
        if (LaunchMode.current() != LaunchMode.NORMAL || security.demoSecretsAllowed()) {
            return;
        }
        List<String> offending = offending(name -> config.getOptionalValue(name, String.class));
        if (!offending.isEmpty()) {
            throw new IllegalStateException(message(offending));
        }
    }

    static List<String> offending(Function<String, Optional<String>> lookup) {
        return DEMO.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> lookup.apply(e.getKey()).map(v -> v.equals(e.getValue().get(1))
                        || PLACEHOLDERS.stream().anyMatch(v::contains)).orElse(false))
                .map(e -> e.getKey() + " (" + e.getValue().get(0) + ")")
                .toList();
    }

    static String message(List<String> offending) {
        return "本番環境ではデモ用の秘密情報では起動できません。次の設定に固有の値を設定してください: " + String.join(", ", offending)
                + " / refusing to start in production with demo secrets; set: " + String.join(", ", offending);
    }
}
