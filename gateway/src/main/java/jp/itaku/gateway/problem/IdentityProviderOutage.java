package jp.itaku.gateway.problem;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * When Keycloak is down, a browser without a session would be redirected to a login server that does not answer
 * (the browser's own connection error). Instead, before quarkus-oidc's redirect (authentication runs at route
 * order -150), such a request gets a clear Japanese 503 page. Requests with a session or a bearer token are not
 * touched: tokens are verified with the cached keys and keep working (issue 18, chaos scenario Keycloak stopped).
 * Keycloak's reachability is probed at most every few seconds (discovery document, 1.5 s timeout).
 */
@ApplicationScoped
public class IdentityProviderOutage {

    private static final Logger LOG = Logger.getLogger(IdentityProviderOutage.class);
    private static final long RECHECK_NANOS = 3_000_000_000L;
    private static final List<String> NOT_LOGIN_PAGES = List.of("/api/", "/q/", "/static/", "/webjars/", "/logged-out",
            "/logout", "/favicon");

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    @ConfigProperty(name = "quarkus.oidc.application-type", defaultValue = "service")
    String applicationType;

    private HttpClient client;
    private volatile long checkedAt;
    private volatile boolean reachable = true;
    private volatile boolean probed;

    void register(@Observes Router router, Vertx vertx) {
        if (authServerUrl.isEmpty() || "service".equals(applicationType)) {
            return; // no browser logins (tests)
        }
        URI discovery = URI.create(authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1500));
        router.route().order(-200).handler(rc -> {
            if (!wouldRedirectToLogin(rc)) {
                rc.next();
                return;
            }
            long now = System.nanoTime();
            if (probed && now - checkedAt < RECHECK_NANOS) {
                decide(rc);
                return;
            }
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery.toString())
                    .setTimeout(1500);
            client.request(options).compose(req -> req.send()).onComplete(ar -> {
                boolean up = ar.succeeded() && ar.result().statusCode() == 200;
                if (ar.succeeded()) {
                    ar.result().body(); // drain
                }
                if (up != reachable) {
                    LOG.infof("identity provider %s", up ? "reachable again" : "unreachable: login page answers 503");
                }
                reachable = up;
                probed = true;
                checkedAt = now;
                decide(rc);
            });
        });
    }

    private void decide(RoutingContext rc) {
        if (reachable) {
            rc.next();
        } else {
            page(rc);
        }
    }

    /** A browser page request without a session: quarkus-oidc would answer with a redirect to Keycloak. */
    static boolean wouldRedirectToLogin(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.GET) {
            return false;
        }
        String path = rc.request().path();
        if (path == null || NOT_LOGIN_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        if (rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            return false;
        }
        String cookies = rc.request().getHeader(HttpHeaders.COOKIE);
        return cookies == null || !cookies.contains("q_session");
    }

    private static void page(RoutingContext rc) {
        rc.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader("Retry-After", "30")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end("""
                        <!DOCTYPE html>
                        <html lang="ja"><head><meta charset="UTF-8"><title>ログインできません — Itaku</title></head>
                        <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto;">
                        <h1>ただいまログインできません</h1>
                        <p>認証サーバーに接続できないため、ログイン画面を表示できません。しばらく待ってから、このページを再読み込みしてください。
                        解決しない場合は運用管理者に連絡してください。</p>
                        <p>すでにログインしている方は、そのまま利用を続けられます。</p>
                        <hr><p lang="en" style="color:#555">Sign-in is temporarily unavailable: the identity provider cannot be
                        reached. Please reload this page in a moment.</p>
                        </body></html>
                        """);
    }
}
