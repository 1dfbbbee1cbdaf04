package jp.itaku.common.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.itaku.common.testing.HostileInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/**
 * Property-based (QuickTheories): for any text a client can put in a JSON string, the strict reader either keeps it
 * exactly — and then it survives UTF-8 (what PostgreSQL stores) unchanged — or refuses it with
 * {@link UnsafeTextException} naming the field. Never a third outcome (altered text, another exception).
 */
class TextRulesProperties {

    record Body(String name, String summary) {
    }

    private final ObjectMapper mapper = StrictJsonTest.strictMapper();

    @Test
    void anyTextIsKeptExactlyOrRefusedNamingTheField() {
        qt().withExamples(1_000).forAll(HostileInput.text(30)).checkAssert(text -> {
            check("name", text, true);
            check("summary", text, false);
        });
    }

    @Test
    void acceptedTextNeverHoldsControlsOrBrokenUnicode() {
        qt().withExamples(1_000).forAll(HostileInput.text(30)).checkAssert(text -> {
            if (TextRules.problem(text, false).isEmpty()) {
                assertEquals(text, new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                        HostileInput.escape(text));
                assertTrue(text.chars().noneMatch(c -> c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')));
            }
        });
    }

    private void check(String field, String text, boolean singleLine) {
        String json = "{\"" + field + "\":" + HostileInput.jsonString(text) + "}";
        boolean allowed = TextRules.problem(text, singleLine).isEmpty();
        try {
            Body body = mapper.readValue(json, Body.class);
            assertTrue(allowed, "accepted text TextRules refuses: " + HostileInput.escape(text));
            assertEquals(text, "name".equals(field) ? body.name() : body.summary());
        } catch (JsonMappingException e) {
            assertInstanceOf(UnsafeTextException.class, e, HostileInput.escape(text));
            assertEquals(field, UnsafeTextMapper.pathOf(e));
            assertFalse(allowed, "refused allowed text: " + HostileInput.escape(text));
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e + " for " + HostileInput.escape(text), e);
        }
    }
}
