package jp.itaku.gateway.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.RequestScoped;
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
 * exactly what that person may see (the services enforce roles, tenancy and organisation).
 */
@RequestScoped
public class Services {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final RoutesConfig routes;
    private final GatewayConfig gateway;
    private final SecurityIdentity identity;

    Services(RoutesConfig routes, GatewayConfig gateway, SecurityIdentity identity) {
        this.routes = routes;
        this.gateway = gateway;
        this.identity = identity;
    }

    public record Download(String contentType, String disposition, InputStream body) {
    }

    public Map<String, Object> object(String path) {
        return new JsonObject(text(send(request(path).GET()))).getMap();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String path) {
        return (List<Map<String, Object>>) (List<?>) new JsonArray(text(send(request(path).GET()))).getList();
    }

    /** The items of a paged list ({@code PageResult}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String path) {
        return (List<Map<String, Object>>) object(path).getOrDefault("items", List.of());
    }

    public Map<String, Object> post(String path, Map<String, Object> body) {
        return json(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject(body).encode()))));
    }

    public Map<String, Object> put(String path, Map<String, Object> body) {
        return json(send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(new JsonObject(body).encode()))));
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

    /** Sends one file as the multipart field {@code file}, as the services' upload endpoints expect. */
    public Map<String, Object> upload(String path, String fileName, String contentType, byte[] content) {
        String boundary = "itaku-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "").replace("\r", "").replace("\n", "") + "\"\r\nContent-Type: "
                + (contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType) + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return json(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
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
            throw new ServiceException(new Problem(401, "認証が必要です", "ログインし直してください。", Map.of()));
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
            throw new ServiceException(Problem.parse(response.statusCode(), text(response)));
        }
        return response;
    }

    private ServiceException unavailable(String path) {
        String segment = segment(path);
        String name = gateway.serviceNames().getOrDefault(segment, segment);
        return new ServiceException(new Problem(503, "サービスを利用できません",
                name + "に接続できません。停止中か起動中の可能性があります。しばらくしてから再度お試しください。", Map.of()));
    }

    /** {@code /api/<segment>/…?…} → segment. */
    private static String segment(String path) {
        String[] parts = path.split("[/?]");
        return parts.length > 2 ? parts[2] : path;
    }

    private static Map<String, Object> json(HttpResponse<InputStream> response) {
        String body = text(response);
        return body.isBlank() ? Map.of() : new JsonObject(body).getMap();
    }

    private static String text(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
