package jp.itaku.contract.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jp.itaku.common.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the outbox at a port that nothing listens on yet (inspection-service is "down" until a test starts its
 * receiver there) and gives the delivery job a service token, as Keycloak's client-credentials grant would.
 */
public class ContractTestResources implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "itaku.inspection.url", "http://127.0.0.1:" + freePort(),
                "itaku.service-auth.static-token", TestTokens.service());
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
