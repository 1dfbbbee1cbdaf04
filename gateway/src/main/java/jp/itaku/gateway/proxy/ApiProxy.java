package jp.itaku.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jp.itaku.gateway.problem.Problems;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Forwards {@code /api/<segment>/**} to the service named by {@code itaku.routes.<segment>}: method, path, query,
 * headers and body streamed unchanged, the caller's access token as {@code Authorization: Bearer} (for a browser
 * session, the session's access token), and the service's status, headers and body streamed back unchanged.
 * The services check the token themselves; the gateway only refuses callers that have none.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** RFC 9110 §7.6.1: connection-specific fields never cross a proxy. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
    /** quarkus-oidc's session and login-state cookies carry the gateway's tokens; the services never need them. */
    private static final Set<String> GATEWAY_COOKIE_PREFIXES = Set.of("q_session", "q_auth");

    private final Vertx vertx;
    private final RoutesConfig routes;
    private final GatewayConfig config;
    private HttpClient client;

    ApiProxy(Vertx vertx, RoutesConfig routes, GatewayConfig config) {
        this.vertx = vertx;
        this.routes = routes;
        this.config = config;
    }

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64));
        router.route("/api/*").handler(this::forward);
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String segment = segmentOf(rc.normalizedPath());
        URI base = routes.services().get(segment);
        if (base == null || !request.path().startsWith("/api/" + segment)) {
            Problems.send(rc, 404, "見つかりません", "この URL の API はありません。");
            return;
        }
        Optional<String> token = accessToken(rc);
        if (token.isEmpty()) {
            Problems.unauthorized(rc, "ログインしてからもう一度お試しください。API ではアクセストークン（Bearer）が必要です。");
            return;
        }
        Optional<String> tooLarge = oversize(request);
        if (tooLarge.isPresent()) {
            Problems.send(rc, 413, "サイズが上限を超えています", tooLarge.get());
            return;
        }
        String service = config.serviceNames().getOrDefault(segment, segment);
        // the gateway takes the body and streams it on; the service never sees the expectation
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        client.request(options(request, base, token.get()))
                .compose(upstream -> {
                    rc.response().closeHandler(closed -> upstream.reset());
                    return hasBody(request) ? upstream.send(request) : upstream.send();
                })
                .onSuccess(upstream -> relay(rc, upstream, service))
                .onFailure(failure -> unavailable(rc, service, failure));
    }

    private RequestOptions options(HttpServerRequest request, URI base, String token) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        // connect to the service but keep the caller's Host, so that Location headers and OpenAPI servers point
        // at the gateway
        HostAndPort authority = request.authority();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setServer(SocketAddress.inetSocketAddress(port, base.getHost()))
                .setSsl(tls)
                .setURI(stripTrailingSlash(base.getRawPath()) + request.uri())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.requestTimeout().toMillis())
                .setHeaders(forwardedHeaders(request, token));
        if (authority != null) {
            options.setHost(authority.host()).setPort(authority.port() > 0 ? authority.port() : tls ? 443 : 80);
        } else {
            options.setHost(base.getHost()).setPort(port);
        }
        return options;
    }

    private MultiMap forwardedHeaders(HttpServerRequest request, String token) {
        Set<String> dropped = droppedHeaders(request.headers());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!dropped.contains(name)) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        String cookies = serviceCookies(request.headers().getAll(HttpHeaders.COOKIE));
        if (!cookies.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, cookies);
        }
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        headers.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        return headers;
    }

    private void relay(RoutingContext rc, HttpClientResponse upstream, String service) {
        HttpServerResponse response = rc.response();
        response.setStatusCode(upstream.statusCode());
        response.setStatusMessage(upstream.statusMessage());
        Set<String> dropped = droppedHeaders(upstream.headers());
        for (Map.Entry<String, String> header : upstream.headers()) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        boolean bodiless = rc.request().method() == HttpMethod.HEAD
                || upstream.statusCode() == 204 || upstream.statusCode() == 304;
        if (!bodiless && !response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        upstream.pipeTo(response).onFailure(failure -> {
            LOG.warnf("%s: response broken off after status %d: %s", service, upstream.statusCode(), failure.toString());
            response.reset();
        });
    }

    private void unavailable(RoutingContext rc, String service, Throwable failure) {
        LOG.warnf("%s unavailable for %s %s: %s", service, rc.request().method(), rc.request().path(), failure.toString());
        String detail = failure instanceof TimeoutException
                ? service + "が" + config.requestTimeout().toSeconds() + "秒以内に応答しませんでした。しばらくしてから再度お試しください。"
                : service + "に接続できません。停止中か起動中の可能性があります。しばらくしてから再度お試しください。";
        rc.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
        Problems.send(rc, 503, "サービスを利用できません", detail);
    }

    private Optional<String> oversize(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.of("Content-Length が正しくありません。");
        }
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE));
        long limit = type.startsWith("multipart/") || type.startsWith("application/octet-stream")
                ? config.maxUploadBytes() : config.maxJsonBytes();
        if (declared <= limit) {
            return Optional.empty();
        }
        String readable = limit >= 1024 * 1024 ? limit / 1024 / 1024 + " MB" : limit / 1024 + " KB";
        return Optional.of("リクエスト本文が上限（" + readable + "）を超えています。");
    }

    private static Optional<String> accessToken(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
                if (credential != null && credential.getToken() != null) {
                    return Optional.of(credential.getToken());
                }
            }
        }
        return Optional.empty();
    }

    /** Hop-by-hop fields, those the Connection field names, and what the gateway sets itself. */
    private static Set<String> droppedHeaders(MultiMap headers) {
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            Arrays.stream(connection.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).forEach(dropped::add);
        }
        dropped.addAll(Set.of("host", "authorization", "cookie", "expect"));
        return dropped;
    }

    private static String serviceCookies(java.util.List<String> cookieHeaders) {
        return cookieHeaders.stream()
                .flatMap(h -> Arrays.stream(h.split(";")))
                .map(String::trim)
                .filter(c -> !c.isEmpty() && GATEWAY_COOKIE_PREFIXES.stream().noneMatch(c::startsWith))
                .collect(Collectors.joining("; "));
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !"0".equals(length.trim())) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static String segmentOf(String path) {
        if (path == null || !path.startsWith("/api/")) {
            return "";
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String stripTrailingSlash(String path) {
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
