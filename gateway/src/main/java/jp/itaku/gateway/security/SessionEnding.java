package jp.itaku.gateway.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jp.itaku.gateway.problem.Problems;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ends a portal session that Keycloak has ended: quarkus-oidc's session cookies are removed and the browser is sent to
 * log in again — a page is reloaded (quarkus-oidc then redirects to Keycloak), an htmx request gets 401 with
 * {@code HX-Redirect} to its page, an /api call gets 401 problem+json.
 */
final class SessionEnding {

    /** quarkus-oidc's session cookie of the default tenant and its chunks ({@code q_session_chunk_1} …). */
    static final String SESSION_COOKIE_PREFIX = "q_session";
    /** quarkus.oidc.authentication.cookie-path (the default). */
    static final String COOKIE_PATH = "/";
    static final String DETAIL = "このセッションは終了しています。別の画面や管理者の操作で Keycloak からログアウトされました。"
            + "もう一度ログインしてください。";

    private SessionEnding() {
    }

    static void end(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        removeSessionCookies(rc);
        String path = request.path() == null ? "/" : request.path();
        if (path.startsWith("/api/")) {
            Problems.unauthorized(rc, DETAIL);
            return;
        }
        if ("true".equalsIgnoreCase(request.getHeader("HX-Request"))) {
            response.setStatusCode(401)
                    .putHeader("HX-Redirect", localPart(request.getHeader("HX-Current-URL")))
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end(DETAIL);
            return;
        }
        boolean reload = request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
        if (!request.isEnded()) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // an unread form body stays behind otherwise
        }
        response.setStatusCode(reload ? 302 : 303)
                .putHeader(HttpHeaders.LOCATION, reload ? request.uri() : "/")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .end(DETAIL);
    }

    /** Expired copies of every session cookie the browser sent or quarkus-oidc just set (after a token refresh). */
    private static void removeSessionCookies(RoutingContext rc) {
        Set<String> names = new LinkedHashSet<>();
        for (Cookie cookie : rc.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE_PREFIX)) {
                names.add(cookie.getName());
            }
        }
        names.add(SESSION_COOKIE_PREFIX);
        for (String name : names) {
            rc.response().addCookie(Cookie.cookie(name, "").setPath(COOKIE_PATH).setMaxAge(0)
                    .setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                    .setSecure(rc.request().isSSL()));
        }
    }

    /** Only the path and query of the page htmx says it is on: never a redirect to another site. */
    static String localPart(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(url.trim());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
