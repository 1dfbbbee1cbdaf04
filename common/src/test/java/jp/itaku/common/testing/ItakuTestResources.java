package jp.itaku.common.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.Map;

/**
 * What every service's tests need besides the real PostgreSQL: a signing key the service trusts (its tokens are
 * verified for real, see {@link TestTokens}) and an in-process MongoDB-protocol server on a free port.
 */
public class ItakuTestResources implements QuarkusTestResourceLifecycleManager {

    private MongoServer mongo;

    @Override
    public Map<String, String> start() {
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        String publicKey = Base64.getEncoder().encodeToString(TestTokens.keyPair().getPublic().getEncoded());
        return Map.ofEntries(
                Map.entry("quarkus.oidc.public-key", publicKey),
                Map.entry("itaku.mongo.uri", "mongodb://127.0.0.1:" + address.getPort()),
                Map.entry("itaku.clock.adjustable", "true"),
                // one app serves every test class of a service with the same few test users: the suite's uploads
                // and exports are not abuse. The verification limit stays small so that its test (contract-service
                // RateLimitTest) reaches it with a few requests; its 8 other requests per run stay below it.
                Map.entry("itaku.rate-limits.upload.per-user", "100000"),
                Map.entry("itaku.rate-limits.upload.per-tenant", "100000"),
                Map.entry("itaku.rate-limits.export.per-user", "100000"),
                Map.entry("itaku.rate-limits.export.per-tenant", "100000"),
                Map.entry("itaku.rate-limits.invitation.per-user", "100000"),
                Map.entry("itaku.rate-limits.invitation.per-tenant", "100000"),
                Map.entry("itaku.rate-limits.verification.per-user", "10"),
                Map.entry("itaku.rate-limits.verification.per-tenant", "15"));
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }
}
