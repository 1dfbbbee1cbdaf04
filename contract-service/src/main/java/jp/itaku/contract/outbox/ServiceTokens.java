package jp.itaku.contract.outbox;

import jp.itaku.common.time.ItakuClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Bearer tokens of contract-service's own service account (client credentials), cached until shortly before expiry. */
@ApplicationScoped
public class ServiceTokens {

    @Inject
    ItakuClock clock;

    private static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

    @Inject
    ServiceAuthConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String token;
    private Instant renewAt = Instant.EPOCH;

    public synchronized String token() throws IOException, InterruptedException {
        if (config.staticToken().isPresent()) {
            return config.staticToken().get();
        }
        if (token == null || clock.instant().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets the cached token (after the receiver answered 401). */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        JsonNode body = json.readTree(response.body());
        token = body.path("access_token").asText();
        long expiresIn = body.path("expires_in").asLong(60);
        renewAt = clock.instant().plusSeconds(expiresIn).minus(EARLY_RENEWAL);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
