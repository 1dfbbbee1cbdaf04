package jp.itaku.gateway.portal.client;

import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/** A request record as a Pact body, matched whole: what the portal sends is exactly what the provider replays. */
final class PactBodies {

    private PactBodies() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request exactly as the record serialises it (nulls included); named fields take their value from the state. */
    static PactDslJsonBody request(Record input, Map<String, String> fromState) {
        PactDslJsonBody body = new PactDslJsonBody();
        fill(body, JSON.valueToTree(input), fromState);
        return body;
    }

    private static void fill(PactDslJsonBody body, JsonNode node, Map<String, String> fromState) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (fromState.containsKey(name)) {
                body.valueFromProviderState(name, "${" + fromState.get(name) + "}", value.asText());
            } else if (value.isNull()) {
                body.nullValue(name);
            } else if (value.isBoolean()) {
                body.booleanValue(name, value.asBoolean());
            } else if (value.isNumber()) {
                body.numberValue(name, value.numberValue());
            } else if (value.isArray()) {
                PactDslJsonArray array = body.array(name);
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        PactDslJsonBody object = array.object();
                        fill(object, element, Map.of());
                        object.closeObject();
                    } else {
                        array.stringValue(element.asText());
                    }
                }
                array.closeArray();
            } else {
                body.stringValue(name, value.asText());
            }
        }
    }
}
