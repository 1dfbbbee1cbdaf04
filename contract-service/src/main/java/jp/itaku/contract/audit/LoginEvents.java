package jp.itaku.contract.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * S7: Keycloak's login events (LOGIN and LOGIN_ERROR, enabled in keycloak/itaku-realm.json) of one agency's users.
 * Keycloak holds them; Itaku reads them with a service account that may only view events and users, and shows an
 * agency only the events of users whose {@code tenant} attribute is that agency (a failed login with an unknown user
 * name belongs to no agency and is not shown).
 */
@ApplicationScoped
public class LoginEvents {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    LoginEventsConfig config;

    public record LoginEvent(Instant time, String type, String userName, String ipAddress, String clientId,
                             String error) {
    }

    public record Result(boolean available, String message, List<LoginEvent> events) {
    }

    public Result of(String tenant, int max) {
        try {
            String token = serviceToken();
            Map<String, String> users = users(token, tenant);
            String admin = config.keycloakUrl() + "/admin/realms/" + config.realm();
            JsonArray events = new JsonArray(get(admin + "/events?type=LOGIN&type=LOGIN_ERROR&max=" + Math.max(1, max * 4),
                    token));
            List<LoginEvent> mine = new ArrayList<>();
            for (Object o : events) {
                JsonObject e = (JsonObject) o;
                JsonObject details = e.getJsonObject("details", new JsonObject());
                String userId = e.getString("userId");
                String userName = userId != null && users.containsKey(userId) ? users.get(userId) : details.getString("username");
                if (userName == null || !users.containsValue(userName)) {
                    continue;
                }
                mine.add(new LoginEvent(Instant.ofEpochMilli(e.getLong("time", 0L)), e.getString("type"), userName,
                        e.getString("ipAddress"), e.getString("clientId"), e.getString("error")));
                if (mine.size() >= max) {
                    break;
                }
            }
            return new Result(true, null, mine);
        } catch (IOException | RuntimeException e) {
            return new Result(false, "Keycloak からログインイベントを取得できませんでした（" + e.getMessage() + "）。", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "Keycloak からログインイベントを取得できませんでした（中断）。", List.of());
        }
    }

    private Map<String, String> users(String token, String tenant) throws IOException, InterruptedException {
        String url = config.keycloakUrl() + "/admin/realms/" + config.realm() + "/users?briefRepresentation=true&max=1000&q="
                + URLEncoder.encode("tenant:" + tenant, StandardCharsets.UTF_8);
        Map<String, String> users = new HashMap<>();
        for (Object o : new JsonArray(get(url, token))) {
            JsonObject u = (JsonObject) o;
            users.put(u.getString("id"), u.getString("username"));
        }
        return users;
    }

    private String serviceToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(config.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/realms/" + config.realm()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token " + response.statusCode());
        }
        return new JsonObject(response.body()).getString("access_token");
    }

    private static String get(String url, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
