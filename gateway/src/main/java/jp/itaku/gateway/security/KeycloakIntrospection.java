package jp.itaku.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Asks Keycloak whether a portal session's access token is still active (RFC 7662 token introspection, with the
 * gateway's own client credentials): Keycloak answers {@code "active": false} once the token's user session has ended,
 * whichever way it ended. Non-blocking, on the event loop.
 */
@Singleton
public class KeycloakIntrospection {

    /** Keycloak's endpoint below the realm URL, unless {@code quarkus.oidc.introspection-path} says otherwise. */
    static final String KEYCLOAK_PATH = "protocol/openid-connect/token/introspect";
    private static final long TIMEOUT_MS = 5_000;

    private final Vertx vertx;
    private final Optional<URI> endpoint;
    private final String authorization;
    private volatile HttpClient client;

    KeycloakIntrospection(Vertx vertx,
                          @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realm,
                          @ConfigProperty(name = "quarkus.oidc.introspection-path") Optional<String> path,
                          @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> clientId,
                          @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> secret) {
        this.vertx = vertx;
        this.endpoint = realm.map(r -> endpoint(r, path.orElse(KEYCLOAK_PATH)));
        // RFC 6749 §2.3.1: both form-encoded before they are joined
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((form(clientId.orElse("")) + ":"
                + form(secret.orElse(""))).getBytes(StandardCharsets.UTF_8));
    }

    static URI endpoint(String realm, String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        String base = realm.endsWith("/") ? realm : realm + "/";
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** True while Keycloak says the token is active; a failed call fails the future. */
    public Future<Boolean> active(String accessToken) {
        if (endpoint.isEmpty()) {
            return Future.failedFuture(new IllegalStateException("quarkus.oidc.auth-server-url is not set"));
        }
        URI uri = endpoint.get();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(uri.toString())
                .setSsl(tls)
                .setConnectTimeout(TIMEOUT_MS)
                .setIdleTimeout(TIMEOUT_MS)
                .putHeader(HttpHeaders.AUTHORIZATION, authorization)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        Buffer body = Buffer.buffer("token=" + form(accessToken) + "&token_type_hint=access_token");
        return client().request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(answer -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("introspection answered " + response.statusCode());
                    }
                    return new JsonObject(answer).getBoolean("active", false);
                }));
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(8));
                }
                c = client;
            }
        }
        return c;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
