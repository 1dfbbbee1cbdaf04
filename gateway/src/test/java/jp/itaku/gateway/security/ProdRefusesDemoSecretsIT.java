package jp.itaku.gateway.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway (prod profile, as deployed) does not start with the repository's demo secrets and names
 * the setting (issue 19). Runs the real jar after `package` (failsafe); no Keycloak is needed to be refused.
 */
class ProdRefusesDemoSecretsIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void prodProfileRefusesToStartWithTheDemoSessionKey() throws Exception {
        Run run = start(Map.of("ITAKU_PORTAL_CLIENT_SECRET", "a-real-client-secret-from-the-vault-7f3a"));
        assertNotEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("quarkus.oidc.token-state-manager.encryption-secret (ITAKU_SESSION_SECRET)"), run.output);
        assertTrue(run.output.contains("本番環境ではデモ用の秘密情報では起動できません"), run.output);
        assertTrue(!run.output.contains("ITAKU_PORTAL_CLIENT_SECRET"), "a real client secret is not named: " + run.output);
    }

    @Test
    void prodProfileRefusesTheKubernetesPlaceholderAndTheDemoClientSecret() throws Exception {
        Run run = start(Map.of("ITAKU_SESSION_SECRET", "REPLACE-ME"));
        assertNotEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("quarkus.oidc.credentials.secret (ITAKU_PORTAL_CLIENT_SECRET)"), run.output);
        assertTrue(run.output.contains("(ITAKU_SESSION_SECRET)"), run.output);
    }

    private record Run(int exit, String output) {
    }

    private static Run start(Map<String, String> env) throws IOException, InterruptedException {
        assertTrue(Files.exists(JAR), "packaged gateway missing: " + JAR.toAbsolutePath());
        Path log = Files.createTempFile("gateway-prod-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("ITAKU_") || k.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // nobody listens there: the guard must refuse without an identity provider, and quickly
        builder.environment().put("ITAKU_OIDC_URL", "http://127.0.0.1:9/realms/itaku");
        builder.environment().put("QUARKUS_OIDC_CONNECTION_DELAY", "0S");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(0, "still running after 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(process.exitValue(), output);
    }
}
