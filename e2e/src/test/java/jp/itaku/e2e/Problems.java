package jp.itaku.e2e;

import io.restassured.response.Response;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one error shape: RFC 9457 problem+json with a Japanese title and detail a person can act on. */
final class Problems {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private Problems() {
    }

    static void assertJapaneseProblem(Response response, int status) {
        String where = response.getStatusCode() + " " + response.asString();
        assertEquals(status, response.getStatusCode(), where);
        assertTrue(response.getContentType().startsWith("application/problem+json"), "content type of " + where);
        assertEquals(status, response.jsonPath().getInt("status"), where);
        assertNotNull(response.jsonPath().getString("type"), where);
        assertTrue(JAPANESE.matcher(response.jsonPath().getString("title")).find(), "Japanese title: " + where);
        assertTrue(JAPANESE.matcher(response.jsonPath().getString("detail")).find(), "Japanese detail: " + where);
        assertTrue(!response.asString().contains("Exception") && !response.asString().contains("\tat "),
                "no stack trace: " + where);
    }
}
