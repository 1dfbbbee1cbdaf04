package jp.itaku.gateway.portal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jp.itaku.gateway.proxy.GatewayConfig;
import jp.itaku.gateway.proxy.RoutesConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The services as a page calls them: server-side, with the signed-in person's access token, so every answer is
 * exactly what that person may see (the services enforce roles, tenancy and organisation). Every answer is read into
 * a typed record of {@code jp.itaku.gateway.portal.client} (the fields the portal reads; unknown ones ignored), never
 * into an untyped map; a service's problem+json becomes a {@link ServiceException} with its Japanese message, an
 * answer that does not fit the record a 502 naming the service.
 */
@RequestScoped
public class Services {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RoutesConfig routes;
    private final GatewayConfig gateway;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    /** The page's request (its language cookie); absent outside a request (tests of the clients) — then Japanese. */
    @Inject
    HttpHeaders headers;

    public Services(RoutesConfig routes, GatewayConfig gateway, SecurityIdentity identity, ObjectMapper mapper) {
        this.routes = routes;
        this.gateway = gateway;
        this.identity = identity;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** A paged list as the services answer it ({@code PageResult}): the items of this page and the total. */
    public record PageOf<T>(List<T> items, long total) {
    }

    public record Download(String contentType, String disposition, InputStream body) {
    }

    /** GET, the answer read as {@code type}. */
    public <T> T get(String path, Class<T> type) {
        return read(path, text(send(request(path).GET())), mapper.constructType(type));
    }

    /** GET of a JSON array, each element read as {@code type}. */
    public <T> List<T> list(String path, Class<T> type) {
        return read(path, text(send(request(path).GET())), mapper.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** GET of a paged list ({@code PageResult}), its items read as {@code type}. */
    public <T> PageOf<T> page(String path, Class<T> type) {
        return read(path, text(send(request(path).GET())),
                mapper.getTypeFactory().constructParametricType(PageOf.class, type));
    }

    /** The items of a paged list. */
    public <T> List<T> items(String path, Class<T> type) {
        PageOf<T> page = page(path, type);
        return page.items() == null ? List.of() : page.items();
    }

    /**
     * POST of a JSON body, a request record of {@code jp.itaku.gateway.portal.client} (never a map: its fields are
     * the names the service's request record declares); the answer is not read.
     */
    public void post(String path, Record body) {
        text(send(json(request(path)).POST(HttpRequest.BodyPublishers.ofString(encode(body)))));
    }

    /** POST of an action that takes no input (e.g. a deactivation, a submission): no body; the answer is not read. */
    public void post(String path) {
        text(send(request(path).POST(HttpRequest.BodyPublishers.noBody())));
    }

    /**
     * One JSON call whose answer a typed client reads itself (jp.itaku.gateway.portal.client): the body as text,
     * empty when there is none; a refusal is a {@link ServiceException} with the service's problem+json.
     */
    public String exchange(String method, String path, String json) {
        HttpRequest.Builder request = request(path);
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        return text(send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))));
    }

    /** POST of a JSON body, the answer read as {@code type}. */
    public <T> T post(String path, Record body, Class<T> type) {
        return read(path, text(send(json(request(path)).POST(HttpRequest.BodyPublishers.ofString(encode(body))))),
                mapper.constructType(type));
    }

    /** PUT of a JSON body; the answer is not read. */
    public void put(String path, Record body) {
        text(send(json(request(path)).PUT(HttpRequest.BodyPublishers.ofString(encode(body)))));
    }

    /** Sends one file as the multipart field {@code file}, as the services' upload endpoints expect; the answer read as {@code type}. */
    public <T> T upload(String path, String fileName, String contentType, byte[] content, Class<T> type) {
        String boundary = "itaku-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "").replace("\r", "").replace("\n", "") + "\"\r\nContent-Type: "
                + (contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType) + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String answer = text(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
        return type == Void.class ? null : read(path, answer, mapper.constructType(type));
    }

    public Download download(String path) {
        HttpResponse<InputStream> response = send(request(BulkReason.forward(path)).GET());
        return new Download(response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                response.headers().firstValue("Content-Disposition").orElse(null), response.body());
    }

    /** The service's file as the portal's answer: same body, content type and Content-Disposition. */
    public jakarta.ws.rs.core.Response relay(String path) {
        Download file = download(path);
        jakarta.ws.rs.core.Response.ResponseBuilder response = jakarta.ws.rs.core.Response.ok(file.body(), file.contentType());
        if (file.disposition() != null) {
            response.header(jakarta.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION, file.disposition());
        }
        return response.build();
    }

    public byte[] bytes(String path) {
        try (InputStream in = download(path).body()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unavailable(path);
        }
    }

    private HttpRequest.Builder request(String path) {
        String segment = segment(path);
        URI base = routes.services().get(segment);
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new ServiceException(english() ? new Problem(401, en().unauthenticated_title(), en().unauthenticated(), Map.of())
                    : new Problem(401, "認証が必要です", "ログインし直してください。", Map.of()));
        }
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(gateway.requestTimeout())
                .header("Authorization", "Bearer " + token.getToken())
                .header("Accept", "application/json, application/problem+json, */*");
    }

    private HttpResponse<InputStream> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<InputStream> response;
        try {
            response = HTTP.send(built, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unavailable(built.uri().getPath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(built.uri().getPath());
        }
        if (response.statusCode() >= 400) {
            throw new ServiceException(Problem.parse(response.statusCode(), text(response), english()));
        }
        return response;
    }

    private ServiceException unavailable(String path) {
        String segment = segment(path);
        String name = serviceName(segment);
        return new ServiceException(english() ? new Problem(503, en().unavailable_title(), en().unavailable(name), Map.of())
                : new Problem(503, "サービスを利用できません",
                name + "に接続できません。停止中か起動中の可能性があります。しばらくしてから再度お試しください。", Map.of()));
    }

    /** Whether the page's request chose English (the language cookie); false outside a request. */
    public boolean english() {
        var cookie = headers == null ? null : headers.getCookies().get(Lang.COOKIE);
        return cookie != null && "en".equals(cookie.getValue());
    }

    /** The English words; the Japanese ones stay here, where they also serve the clients' tests outside Quarkus. */
    public static Msg en() {
        return MessageBundles.get(Msg.class, Localized.Literal.of("en"));
    }

    /** The service as a person reads its name: configured in Japanese, its module name in English. */
    private String serviceName(String segment) {
        return english() ? ENGLISH_NAMES.getOrDefault(segment, segment) : gateway.serviceNames().getOrDefault(segment, segment);
    }

    /** The services' names in English (the Japanese ones are configuration: {@code itaku.gateway.service-names.*}). */
    public static final Map<String, String> ENGLISH_NAMES = Map.of("contracts", "Contract service (contract-service)",
            "inspections", "Inspection service (inspection-service)", "provisions", "Provision service (provision-service)");

    /** {@code /api/<segment>/…?…} → segment. */
    private static String segment(String path) {
        String[] parts = path.split("[/?]");
        return parts.length > 2 ? parts[2] : path;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }

    private String encode(Record body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body not serialisable", e);
        }
    }

    /** The answer as the record; one that does not fit (a provider's contract broken) is a 502 naming the service. */
    private <T> T read(String path, String body, JavaType type) {
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            String segment = segment(path);
            String name = serviceName(segment);
            throw new ServiceException(english() ? new Problem(502, en().unreadable_title(), en().unreadable(name), Map.of())
                    : new Problem(502, "サービスの応答を読み取れません",
                    name + "から予期しない形式の応答がありました。管理者に連絡してください。", Map.of()));
        }
    }

    private static String text(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
