package jp.itaku.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Property-based test over the JSON bodies of a service's endpoints (issue 18). Each example takes one endpoint's
 * valid body and breaks it one way — a leaf replaced by hostile text or a value of the wrong JSON type, a field
 * dropped, an unknown field added, the document truncated — and sends it. The property: never a 5xx, every refusal
 * is problem+json, and a refused request leaves every table and collection exactly as it was.
 */
public final class JsonBodyFuzz {

    /** One endpoint: method, path (may create what it needs), caller token and a body it accepts. */
    public record Endpoint(String method, Supplier<String> path, String token, Map<String, Object> validBody) {
    }

    /** Escapes every non-ASCII code unit, so lone surrogates reach the service as a careless client sends them. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final List<Endpoint> endpoints;
    private final StoreCounts store;
    private int sent;
    private int refused;

    public JsonBodyFuzz(List<Endpoint> endpoints, StoreCounts store) {
        this.endpoints = endpoints;
        this.store = store;
    }

    /** Runs {@code examples} requests from a fixed seed (reproducible); returns how many were refused. */
    public int run(int examples, long seed) {
        Gen<Integer> picks = integers().between(0, Integer.MAX_VALUE - 1);
        Gen<String> values = HostileInput.jsonValue();
        qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(0)
                .forAll(picks, picks, values)
                .checkAssert((a, b, value) -> once(endpoints.get(a % endpoints.size()), new Random(b), value));
        return refused;
    }

    /** JSON with every non-ASCII code unit escaped: lone surrogates and NUL reach the service as sent. */
    public static String asJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public int sent() {
        return sent;
    }

    private void once(Endpoint endpoint, Random random, String hostileValue) {
        String body;
        try {
            body = mutate(JSON.valueToTree(endpoint.validBody()), random, hostileValue);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String path = endpoint.path().get();
        Map<String, Long> before = store.snapshot();
        Response response = given().auth().oauth2(endpoint.token())
                .contentType("application/json; charset=UTF-8").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .request(endpoint.method(), path);
        sent++;
        int status = response.statusCode();
        String where = endpoint.method() + " " + path + " " + body;
        if (status >= 500) {
            fail(status + " for " + where + "\n" + response.asString());
        }
        if (status >= 400) {
            refused++;
            assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                    "not problem+json: " + status + " " + where);
            assertEquals(before, store.snapshot(), "refused request changed stored data: " + where);
        }
    }

    /** One way of breaking a valid body. */
    static String mutate(JsonNode valid, Random random, String hostileValue) throws Exception {
        JsonNode body = valid.deepCopy();
        List<Leaf> leaves = new ArrayList<>();
        collect(body, leaves);
        int kind = random.nextInt(10);
        if (kind < 6 && !leaves.isEmpty()) {              // a leaf gets a hostile or wrongly typed value
            leaves.get(random.nextInt(leaves.size())).set(JSON.readTree(hostileValue));
            return JSON.writeValueAsString(body);
        }
        if (kind == 6 && body instanceof ObjectNode o && o.size() > 0) {   // a field is dropped
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.remove(names.get(random.nextInt(names.size())));
            return JSON.writeValueAsString(o);
        }
        if (kind == 7 && body instanceof ObjectNode o) {   // an unknown field is added
            o.set("unexpected" + random.nextInt(100), JSON.readTree(hostileValue));
            return JSON.writeValueAsString(o);
        }
        String text = JSON.writeValueAsString(body);
        if (kind == 8) {                                  // the document is cut off
            return text.substring(0, random.nextInt(Math.max(1, text.length())));
        }
        return hostileValue;                              // the whole body is something else
    }

    /** A place in the tree that can take another value. */
    private record Leaf(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Leaf> leaves) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves.add(new Leaf(o, e.getKey(), -1));
                collect(e.getValue(), leaves);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                leaves.add(new Leaf(a, null, i));
                collect(a.get(i), leaves);
            }
        }
    }
}
