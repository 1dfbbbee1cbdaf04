package jp.itaku.contract.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads another Itaku service's API with the caller's own token, so the report shows exactly what the auditor may
 * see there (tenant and role checks happen in that service). A service that does not answer is named, not hidden.
 */
@RequestScoped
public class ServiceReader {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    JsonWebToken token;

    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Every item of a paged list (PageResult), page by page up to {@code maxPages}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> allItems(String base, String path, int maxPages) throws Unavailable {
        List<Map<String, Object>> all = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        for (int page = 0; page < maxPages; page++) {
            JsonObject o = new JsonObject(get(base, path + sep + "size=200&page=" + page));
            List<Object> items = o.getJsonArray("items", new JsonArray()).getList();
            items.forEach(i -> all.add(i instanceof JsonObject j ? j.getMap() : (Map<String, Object>) i));
            if (items.size() < 200) {
                break;
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String base, String path) throws Unavailable {
        List<Map<String, Object>> all = new ArrayList<>();
        new JsonArray(get(base, path)).getList()
                .forEach(i -> all.add(i instanceof JsonObject j ? j.getMap() : (Map<String, Object>) i));
        return all;
    }

    public String raw(String base, String path) throws Unavailable {
        return get(base, path);
    }

    private String get(String base, String path) throws Unavailable {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token.getRawToken()).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unavailable("応答 " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new Unavailable("接続できません");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("中断されました");
        }
    }
}
