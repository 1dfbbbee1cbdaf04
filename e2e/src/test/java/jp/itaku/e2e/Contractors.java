package jp.itaku.e2e;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** contract-service's contractors (委託先) through the gateway: the tenant-owned rows the tests work with. */
final class Contractors {

    static final String PATH = "/api/contracts/contractors";

    private Contractors() {
    }

    /** Registers a contractor as {@code user}; names are marked so that rows left by e2e runs are recognisable. */
    static String create(String user, String orgCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "【E2E】株式会社テスト委託先 " + UUID.randomUUID().toString().substring(0, 8));
        if (orgCode != null) {
            body.put("orgCode", orgCode);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post(Itaku.gateway(PATH))
                .then().statusCode(201)
                .extract().path("id");
    }

    /** How many contractors {@code user} sees. */
    static long count(String user) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("size", 1)
                .when().get(Itaku.gateway(PATH))
                .then().statusCode(200)
                .extract().<Number>path("total").longValue();
    }
}
