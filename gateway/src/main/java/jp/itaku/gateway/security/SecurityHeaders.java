package jp.itaku.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the gateway's security headers are set: on every answer — portal pages, quarkus-oidc's
 * redirects, static files and everything proxied from the services — just before the headers are written.
 * <ul>
 * <li>Portal pages: a CSP that allows only the portal's own scripts and style sheets (htmx is served from the jar;
 * the templates carry no inline script or style), forms only to the portal and the identity provider, no framing.</li>
 * <li>API answers (JSON, downloads): {@code default-src 'none'} — nothing in them may run or load anything.</li>
 * <li>{@code Cache-Control: no-store} on everything but the static assets: pages and downloads carry personal
 * information.</li>
 * </ul>
 */
@Singleton
public class SecurityHeaders {

    /** What a browser may use on no Itaku page (ASVS 14.4; W3C Permissions Policy). */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()";
    /** Answers of the services through /api: data, never a document that runs anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Quarkus' Swagger UI (linked from the home page) has an inline bootstrap script: only framing is refused. */
    static final String SWAGGER_POLICY = "frame-ancestors 'none'";
    /** Served from the jar; they carry no personal information and may be cached. */
    private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/_static/", "/favicon");

    private final SecurityConfig config;
    private final String portalPolicy;

    SecurityHeaders(SecurityConfig config,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> identityProvider) {
        this.config = config;
        this.portalPolicy = portalPolicy(identityProvider.map(SecurityHeaders::origin));
    }

    /** Forms go to the portal; after a form post an expired session is redirected to the login page. */
    static String portalPolicy(Optional<String> identityProviderOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; frame-ancestors 'none'; "
                + "form-action 'self'" + identityProviderOrigin.map(o -> " " + o).orElse("");
    }

    void register(@Observes Filters filters) {
        // before the origin check and body limits, so that their refusals carry the headers too
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> apply(rc));
            rc.next();
        }, 3000);
    }

    private void apply(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        MultiMap headers = rc.response().headers();
        String path = request.path() == null ? "/" : request.path();
        boolean api = path.startsWith("/api/");
        headers.set("Content-Security-Policy", api ? (path.contains("/swagger-ui") ? SWAGGER_POLICY : API_POLICY) : portalPolicy);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the portal's own form posts
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
            headers.set("Cache-Control", "no-store");
            headers.set("Pragma", "no-cache");
        }
        if (config.hsts() && overHttps(request)) {
            headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains");
        }
    }

    /** RFC 6797 §7.2: HSTS is sent over secure transport only; behind the TLS ingress that is X-Forwarded-Proto. */
    private static boolean overHttps(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
