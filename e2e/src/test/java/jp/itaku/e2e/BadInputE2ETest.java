package jp.itaku.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static jp.itaku.e2e.Problems.assertJapaneseProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input through the gateway: a Japanese problem+json 4xx, and nothing written. */
@ExtendWith(RunningSystem.class)
class BadInputE2ETest {

    private static final String OFFICER = "sho-officer";

    @Test
    void malformedJsonIsRefusedAndNothingWritten() {
        Response response = refusedWithoutWriting(() -> post("{\"name\": \"株式会社アルファ情報処理\", "));
        assertJapaneseProblem(response, 400);
    }

    @Test
    void unknownFieldIsRefusedAndNamed() {
        Response response = refusedWithoutWriting(() -> given().auth().oauth2(Tokens.of(OFFICER))
                .contentType(ContentType.JSON).body(Map.of("name", "【E2E】未知の項目", "nickname", "アルファ"))
                .when().post(Itaku.gateway(Contractors.PATH)));
        assertJapaneseProblem(response, 400);
        assertEquals("nickname", response.jsonPath().getString("errors[0].field"), response.asString());
    }

    @Test
    void emptyRequiredFieldIsRefusedAndNamed() {
        Response response = refusedWithoutWriting(() -> post("{\"name\": \"   \"}"));
        assertJapaneseProblem(response, 400);
        assertEquals("name", response.jsonPath().getString("errors[0].field"), response.asString());
        assertEquals("委託先名を入力してください。", response.jsonPath().getString("errors[0].message"));
    }

    @Test
    void emptyBodyIsRefused() {
        assertJapaneseProblem(refusedWithoutWriting(() -> post("")), 400);
    }

    @Test
    void tenMegabyteBodyIsRefused() {
        char[] padding = new char[10 * 1024 * 1024];
        Arrays.fill(padding, 'あ');
        String body = "{\"name\": \"" + new String(padding, 0, 10 * 1024 * 1024 / 3) + "\"}";
        Response response = refusedWithoutWriting(() -> post(body));
        assertJapaneseProblem(response, 413);
    }

    @Test
    void wrongMediaTypeIsRefused() {
        Response response = refusedWithoutWriting(() -> given().auth().oauth2(Tokens.of(OFFICER))
                .contentType("text/plain; charset=UTF-8").body("name=アルファ")
                .when().post(Itaku.gateway(Contractors.PATH)));
        assertJapaneseProblem(response, 415);
    }

    private static Response post(String json) {
        return given().auth().oauth2(Tokens.of(OFFICER)).contentType("application/json; charset=UTF-8").body(json)
                .when().post(Itaku.gateway(Contractors.PATH));
    }

    private static Response refusedWithoutWriting(Supplier<Response> call) {
        long before = Contractors.count(OFFICER);
        Response response = call.get();
        assertEquals(before, Contractors.count(OFFICER), "nothing written: " + response.asString());
        return response;
    }
}
