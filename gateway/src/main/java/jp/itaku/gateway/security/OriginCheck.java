package jp.itaku.gateway.security;

import io.quarkus.qute.Engine;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery, first line (OWASP CSRF cheat sheet, "verifying origin with standard headers"): a
 * state-changing request that a browser sends with the portal's cookies must come from the portal itself. The
 * {@code Origin} header (or, without it, the {@code Referer}) must name the host the request was sent to, or one of
 * {@code itaku.security.allowed-origins}; otherwise the gateway answers 403 before anything runs — a Japanese page for
 * the portal, problem+json for /api. Requests with an {@code Authorization} header are not ambient credentials a
 * foreign page could borrow and are not checked; requests with neither header are left to the CSRF token of the
 * portal's forms ({@code quarkus-rest-csrf}).
 */
@Singleton
public class OriginCheck {

    private static final Logger LOG = Logger.getLogger(OriginCheck.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final SecurityConfig config;
    private final Refusals refusals;

    OriginCheck(SecurityConfig config, Refusals refusals) {
        this.config = config;
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 2000);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (SAFE.contains(request.method()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            rc.next();
            return;
        }
        Optional<String> source = Optional.ofNullable(request.getHeader(HttpHeaders.ORIGIN))
                .or(() -> Optional.ofNullable(request.getHeader(HttpHeaders.REFERER)));
        if (source.isEmpty() || allowed(source.get(), request)) {
            rc.next();
            return;
        }
        LOG.warnf("refused %s %s from foreign origin %s", request.method(), request.path(), source.get());
        refusals.crossSite(rc);
    }

    boolean allowed(String source, HttpServerRequest request) {
        Optional<String> origin = authorityOf(source);
        if (origin.isEmpty()) {
            return false; // "null" (sandboxed or privacy-stripped origin) or garbage
        }
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && origin.get().equals(normalise(host))) {
            return true;
        }
        return config.allowedOrigins().orElse(List.of()).stream()
                .map(OriginCheck::authorityOf).flatMap(Optional::stream).anyMatch(origin.get()::equals);
    }

    /** {@code https://Itaku.example:443/x} → {@code itaku.example}: host and non-default port, lower case. */
    static Optional<String> authorityOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getRawAuthority() == null || uri.getScheme() == null) {
                return Optional.empty();
            }
            return Optional.of(normalise(uri.getRawAuthority()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String authority) {
        String lower = authority.toLowerCase(Locale.ROOT);
        if (lower.endsWith(":80") || lower.endsWith(":443")) {
            return lower.substring(0, lower.lastIndexOf(':'));
        }
        return lower;
    }
}
