package jp.itaku.contract.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.itaku.api.Page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit's GETs against another service at any base URL (the pact tests point it at Pact's mock): each carries
 * the caller's own bearer token, so that the other service applies its own tenancy and roles, and its answer is read
 * tolerantly (fields the provider adds are ignored) into the api module's records. Anything but a 200 with a body of
 * the expected shape is {@link Unavailable}.
 */
public final class ServiceCall {

    /** Sends a request and answers the response; the service sends it as a traced call, the tests plainly. */
    @FunctionalInterface
    public interface Transport {
        HttpResponse<byte[]> send(HttpRequest.Builder request, String target) throws IOException, InterruptedException;
    }

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Transport transport;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final String bearerToken;

    public ServiceCall(Transport transport, ObjectMapper mapper, String baseUrl, String bearerToken) {
        this.transport = transport;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** Every item of a paged list, page by page (the largest page size) until a short page or {@code maxPages}. */
    public <T> List<T> allItems(String path, Class<T> item, int maxPages) throws Unavailable {
        JavaType type = mapper.getTypeFactory().constructParametricType(Page.class, item);
        String separator = path.contains("?") ? "&" : "?";
        List<T> all = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            Page<T> answer = get(path + separator + "size=" + Page.MAX_SIZE + "&page=" + page, type);
            all.addAll(answer.items());
            if (answer.items().size() < Page.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    /** A plain list (no paging). */
    public <T> List<T> list(String path, Class<T> item) throws Unavailable {
        return get(path, mapper.getTypeFactory().constructCollectionType(List.class, item));
    }

    /** One object. */
    public <T> T one(String path, Class<T> type) throws Unavailable {
        return get(path, mapper.getTypeFactory().constructType(type));
    }

    private <T> T get(String path, JavaType type) throws Unavailable {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json")
                .GET();
        HttpResponse<byte[]> response;
        try {
            response = transport.send(request, path.replaceAll("\\?.*", ""));
        } catch (IOException e) {
            throw new Unavailable("接続できません");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("中断されました");
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("応答 " + response.statusCode());
        }
        try {
            T value = mapper.readValue(response.body(), type);
            if (value == null) {
                throw new Unavailable("応答が空です");
            }
            return value;
        } catch (IOException e) {
            throw new Unavailable("応答を読み取れません");
        }
    }
}
