package jp.itaku.common.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoSecretsTest {

    @Test
    void demoDatabasePasswordAndDemoClientSecretAreNamedWithTheirEnvironmentVariables() {
        Map<String, String> config = Map.of("quarkus.datasource.password", "itaku",
                "itaku.service-auth.client-secret", "itaku-contract-service-demo-secret");
        List<String> offending = DemoSecrets.offending(name -> Optional.ofNullable(config.get(name)));
        assertEquals(List.of("itaku.service-auth.client-secret (ITAKU_SERVICE_AUTH_CLIENT_SECRET)",
                "quarkus.datasource.password (ITAKU_DB_PASSWORD)"), offending);
        assertTrue(DemoSecrets.message(offending).contains("本番環境ではデモ用の秘密情報では起動できません"));
    }

    @Test
    void kubernetesPlaceholderCountsAsDemo() {
        assertEquals(List.of("quarkus.datasource.password (ITAKU_DB_PASSWORD)"),
                DemoSecrets.offending(name -> name.equals("quarkus.datasource.password") ? Optional.of("REPLACE-ME") : Optional.empty()));
    }

    @Test
    void realSecretsAndAbsentSettingsPass() {
        Map<String, String> config = Map.of("quarkus.datasource.password", "x7!Gq2-prod-only");
        assertTrue(DemoSecrets.offending(name -> Optional.ofNullable(config.get(name))).isEmpty());
    }
}
