package jp.itaku.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
 * The services check the token themselves; the gateway refuses callers that have none or whose token quarkus-oidc
 * does not accept.
 *
 * <p>Cost per call (issue 17): everything runs on the event loop (no worker hop), one pooled keep-alive client.
 * A bearer token that quarkus-oidc verified moments ago ({@link VerifiedTokens}) is forwarded by a filter that runs
 * just before authentication, so a client's repeated calls with the same token are verified by the service only,
 * not twice; any other token (new, forged, expired) takes the normal path through quarkus-oidc.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** RFC 9110 §7.6.1: connection-specific fields never cross a proxy. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
    /** quarkus-oidc's session and login-state cookies carry the gateway's tokens; the services never need them. */
    private static final Set<String> GATEWAY_COOKIE_PREFIXES = Set.of("q_session", "q_auth");

    private static final String UPSTREAM_REQUEST = "itaku.upstream-request";

    private final Vertx vertx;
    private final RoutesConfig routes;
    private final GatewayConfig config;
    private final VerifiedTokens verifiedTokens;
    private volatile HttpClient client;

    /** With tracing on, the gateway's client span sets the trace context; the caller's is its parent, not copied. */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate");
    private final boolean tracing;

    ApiProxy(Vertx vertx, RoutesConfig routes, GatewayConfig config, VerifiedTokens verifiedTokens,
             @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingDisabled) {
        this.vertx = vertx;
        this.routes = routes;
        this.config = config;
        this.verifiedTokens = verifiedTokens;
        this.tracing = !tracingDisabled;
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::forwardAuthenticated);
    }

    /** Runs after the other filters (security headers, origin check), right before quarkus-oidc's authentication. */
    void registerShortcut(@Observes Filters filters) {
        filters.register(this::forwardAlreadyVerified, SecurityHandlerPriorities.AUTHENTICATION + 10);
    }

    private void forwardAlreadyVerified(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.startsWith("/api/")) {
            String token = bearer(rc.request());
            if (token != null && verifiedTokens.isVerified(token)) {
                forward(rc, token);
                return;
            }
        }
        rc.next();
    }

    private void forwardAuthenticated(RoutingContext rc) {
        Optional<String> token = accessToken(rc);
        if (token.isEmpty()) {
            if (routeOf(rc).isEmpty()) {
                Problems.send(rc, 404, "見つかりません", "この URL の API はありません。");
            } else {
                Problems.unauthorized(rc, "ログインしてからもう一度お試しください。API ではアクセストークン（Bearer）が必要です。");
            }
            return;
        }
        rememberBearer(rc, token.get());
        forward(rc, token.get());
    }

    private Optional<URI> routeOf(RoutingContext rc) {
        String segment = segmentOf(rc.normalizedPath());
        URI base = routes.services().get(segment);
        return base == null || !rc.request().path().startsWith("/api/" + segment) ? Optional.empty() : Optional.of(base);
    }

    private void forward(RoutingContext rc, String token) {
        HttpServerRequest request = rc.request();
        String segment = segmentOf(rc.normalizedPath());
        Optional<URI> route = routeOf(rc);
        if (route.isEmpty()) {
            Problems.send(rc, 404, "見つかりません", "この URL の API はありません。");
            return;
        }
        URI base = route.get();
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
        // the body is streamed on once the upstream request exists; nothing may be read before
        request.pause();
        // a chunked body has no declared length: it is counted while it streams (same limit)
        LimitedBody body = new LimitedBody(request, limitFor(request), () -> tooLargeWhileStreaming(rc));
        client().request(options(request, base, token))
                .compose(upstream -> {
                    rc.response().closeHandler(closed -> upstream.reset());
                    rc.put(UPSTREAM_REQUEST, upstream);
                    return hasBody(request) ? upstream.send(body) : upstream.send();
                })
                .onSuccess(upstream -> relay(rc, upstream, service))
                .onFailure(failure -> {
                    if (!body.exceeded()) {
                        unavailable(rc, service, failure);
                    }
                });
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) config.connectTimeout().toMillis())
                            .setKeepAlive(true)
                            .setMaxPoolSize(64));
                }
                c = client;
            }
        }
        return c;
    }

    /** A bearer token that quarkus-oidc accepted (not a browser session's) is remembered until it expires. */
    private void rememberBearer(RoutingContext rc, String token) {
        if (!token.equals(bearer(rc.request()))) {
            return;
        }
        if (rc.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verifiedTokens.remember(token, jwt.getExpirationTime());
        }
    }

    private static String bearer(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
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
            if (!dropped.contains(name) && !(tracing && TRACE_CONTEXT.contains(name))) {
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
        long limit = limitFor(request);
        if (declared <= limit) {
            return Optional.empty();
        }
        return Optional.of(tooLargeDetail(limit));
    }

    private long limitFor(HttpServerRequest request) {
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE));
        return type.startsWith("multipart/") || type.startsWith("application/octet-stream")
                ? config.maxUploadBytes() : config.maxJsonBytes();
    }

    private static String tooLargeDetail(long limit) {
        String readable = limit >= 1024 * 1024 ? limit / 1024 / 1024 + " MB" : limit / 1024 + " KB";
        return "リクエスト本文が上限（" + readable + "）を超えています。";
    }

    /** The service must not keep a half body: its request is broken off, the caller gets the gateway's 413. */
    private void tooLargeWhileStreaming(RoutingContext rc) {
        io.vertx.core.http.HttpClientRequest upstream = rc.get(UPSTREAM_REQUEST);
        if (upstream != null) {
            upstream.reset();
        }
        Problems.send(rc, 413, "サイズが上限を超えています", tooLargeDetail(limitFor(rc.request())));
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

    /** Hop-by-hop fields and what the gateway sets itself. */
    private static final Set<String> ALWAYS_DROPPED;

    static {
        Set<String> dropped = new HashSet<>(HOP_BY_HOP);
        dropped.addAll(Set.of("host", "authorization", "cookie", "expect"));
        ALWAYS_DROPPED = Set.copyOf(dropped);
    }

    /** Hop-by-hop fields, those the Connection field names, and what the gateway sets itself. */
    private static Set<String> droppedHeaders(MultiMap headers) {
        java.util.List<String> connection = headers.getAll(HttpHeaders.CONNECTION);
        if (connection.isEmpty()) {
            return ALWAYS_DROPPED;
        }
        Set<String> dropped = new HashSet<>(ALWAYS_DROPPED);
        for (String value : connection) {
            Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).forEach(dropped::add);
        }
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
