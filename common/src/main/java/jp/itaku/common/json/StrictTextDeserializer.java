package jp.itaku.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads JSON text only from JSON strings — {@code {"name":123}}, {@code true}, objects and arrays are refused instead
 * of becoming "123" — and refuses strings that {@link TextRules} does not allow. Contextual: the property name decides
 * whether line breaks are allowed.
 */
public class StrictTextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private final boolean singleLine;

    public StrictTextDeserializer() {
        this(false);
    }

    private StrictTextDeserializer(boolean singleLine) {
        super(String.class);
        this.singleLine = singleLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        boolean single = property != null && TextRules.isSingleLine(property.getName());
        return single == singleLine ? this : new StrictTextDeserializer(single);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p.currentToken(), p,
                    "expected a JSON string, got %s", p.currentToken());
        }
        String text = p.getText();
        Optional<String> problem = TextRules.problem(text, singleLine);
        if (problem.isPresent()) {
            throw new UnsafeTextException(p, problem.get());
        }
        return text;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
