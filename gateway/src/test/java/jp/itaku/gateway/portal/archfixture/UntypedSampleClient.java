package jp.itaku.gateway.portal.archfixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test-only: a client as issue 12 forbids it, for TypedContractRules' self-test. Never called. */
public class UntypedSampleClient {

    private final ObjectMapper mapper = new ObjectMapper();

    public Map<String, Object> engagement(String id) {
        return Map.of("id", id);
    }

    public List<Map<String, Object>> engagements() {
        return List.of();
    }

    public Optional<List<JsonNode>> chain() {
        return Optional.empty();
    }

    public Object anything() {
        return "";
    }

    public JsonObject problem(String body) {
        return new JsonObject(body);
    }

    public String title(String body) throws Exception {
        return mapper.readTree(body).path("title").asText();
    }

    @SuppressWarnings("unchecked")
    public String status(Object answer) {
        return String.valueOf(mapper.convertValue(answer, Map.class).get("status"));
    }

    public void create(Map<String, Object> body) {
    }

    public void createAll(String path, List<Map<String, String>> bodies) {
    }

    /** Typed: the rule leaves these alone. */
    public <T> T get(String path, Class<T> type) {
        return null;
    }

    public List<String> names() {
        return List.of();
    }

    public record SampleInput(String title) {
    }

    public void create(SampleInput input, Object id) {
    }
}
