package jp.itaku.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jakarta.inject.Inject;
import jp.itaku.gateway.proxy.VerifiedTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class ApiProxyTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Inject
    VerifiedTokens verifiedTokens;

    /** A hang fails the test instead of blocking the build. */
    static final RestAssuredConfig TEN_SECONDS = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 10_000).setParam("http.connection.timeout", 10_000));

    @Test
    void forwardsMethodPathQueryHeadersAndBodyWithTheCallersToken() {
        given().auth().oauth2(OFFICER)
                .header("X-Request-Note", "register contractor")
                .header("Connection", "keep-alive, X-Hop")
                .header("X-Hop", "only for the next hop")
                .cookie("q_session", "the-gateway-session")
                .cookie("theme", "dark")
                .contentType(ContentType.JSON)
                .queryParam("name", "株式会社アルファ")
                .body("{\"name\":\"株式会社アルファ情報処理\"}")
                .when().put("/api/contracts/echo/7f1c?size=5")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("path", equalTo("/api/contracts/echo/7f1c"))
                .body("query", equalTo("name=株式会社アルファ&size=5"))
                .body("headers.authorization", equalTo("Bearer " + OFFICER))
                .body("headers.x-request-note", equalTo("register contractor"))
                .body("headers.cookie", equalTo("theme=dark"))
                .body("headers.host", startsWith("localhost:"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-hop", nullValue())
                .body("body", equalTo("{\"name\":\"株式会社アルファ情報処理\"}"));
    }

    @Test
    void returnsTheServicesStatusHeadersAndProblemBodyUnchanged() {
        given().auth().oauth2(OFFICER).when().post("/api/contracts/problem")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("X-Upstream", "contract-service")
                .body("title", equalTo("現在の状態では実行できません"))
                .body("detail", equalTo("承認済みの契約は編集できません。"));
    }

    @Test
    void locationHeadersNameTheGatewayBecauseTheCallersHostIsKept() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/contracts/created")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:" + RestAssured.port + "/api/contracts/created/"));
    }

    @Test
    void streamsLargeUploadsUnchanged() throws Exception {
        byte[] upload = new byte[5 * 1024 * 1024];
        new Random(8).nextBytes(upload);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload));
        given().config(TEN_SECONDS).auth().oauth2(OFFICER).contentType("application/octet-stream").body(upload)
                .when().post("/api/contracts/echo/upload")
                .then().statusCode(200)
                .body("bodyLength", equalTo(upload.length))
                .body("bodySha256", equalTo(sha256))
                .body("body", nullValue());
    }

    @Test
    void acceptsTheBodyOfClientsThatExpect100Continue() throws Exception {
        byte[] body = "{\"name\":\"株式会社ベータ\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                + "/api/contracts/echo"))
                        .expectContinue(true)
                        .header("Authorization", "Bearer " + OFFICER)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS); // the JDK client would wait for the 100 forever
        assertEquals(200, response.statusCode(), response.body());
        JsonPath echo = JsonPath.from(response.body());
        assertEquals("{\"name\":\"株式会社ベータ\"}", echo.getString("body"));
        assertNull(echo.getString("headers.expect"));
    }

    @Test
    void answersJapanese503NamingTheServiceWhenItIsDown() {
        given().config(TEN_SECONDS).auth().oauth2(OFFICER).when().get("/api/provisions/recipients")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("title", equalTo("サービスを利用できません"))
                .body("detail", containsString("提供管理サービス（provision-service）に接続できません"))
                .body("instance", equalTo("/api/provisions/recipients"));
    }

    @Test
    void answers503InsteadOfWaitingForASlowService() {
        given().config(TEN_SECONDS).auth().oauth2(OFFICER).when().get("/api/inspections/slow")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("サービスを利用できません"))
                .body("detail", containsString("点検・検査サービス（inspection-service）が3秒以内に応答しませんでした"));
    }

    @Test
    void refusesApiCallsWithoutTokenWithJapaneseProblem() {
        given().when().get("/api/contracts/echo")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("認証が必要です"));
    }

    @Test
    void refusesExpiredAndTamperedTokensWithJapaneseProblem() {
        String expired = TestTokens.user("old").tenant(TENANT_A).roles("auditor").expired().sign();
        given().auth().oauth2(expired).when().get("/api/contracts/echo")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("トークンが無効か期限切れです。ログインし直してください。"));
        given().auth().oauth2(TestTokens.tampered(OFFICER)).when().get("/api/contracts/echo")
                .then().statusCode(401).contentType("application/problem+json")
                .body("title", equalTo("認証が必要です"));
    }

    @Test
    void aTokenVerifiedOnceIsForwardedAgainAndItsForgedVariantsAreStillRefused() {
        String token = TestTokens.of(TENANT_A, "inspector");
        assertFalse(verifiedTokens.isVerified(token));
        for (int call = 0; call < 2; call++) {
            given().auth().oauth2(token).header("X-Call", String.valueOf(call))
                    .when().post("/api/contracts/echo/again?call=" + call)
                    .then().statusCode(200)
                    .body("headers.authorization", equalTo("Bearer " + token))
                    .body("headers.x-call", equalTo(String.valueOf(call)))
                    .body("query", equalTo("call=" + call));
            assertTrue(verifiedTokens.isVerified(token), "remembered after quarkus-oidc accepted it");
        }
        given().auth().oauth2(TestTokens.tampered(token)).when().get("/api/contracts/echo")
                .then().statusCode(401).contentType("application/problem+json");
        String rewritten = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        given().auth().oauth2(rewritten).when().get("/api/contracts/echo")
                .then().statusCode(401).contentType("application/problem+json");
        // the shortcut still answers 404 for an unknown API and checks body limits
        given().auth().oauth2(token).when().get("/api/unknown/x").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"x\":\"" + "あ".repeat(400_000) + "\"}")
                .when().post("/api/contracts/echo").then().statusCode(413);
    }

    @Test
    void refusesOversizedJsonBeforeForwarding() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) ' ');
        given().config(TEN_SECONDS).auth().oauth2(OFFICER).contentType(ContentType.JSON).body(tenMegabytes)
                .when().post("/api/contracts/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("リクエスト本文が上限（1 MB）を超えています。"));
    }

    @Test
    void unknownApiIsAJapaneseNotFound() {
        given().auth().oauth2(OFFICER).when().get("/api/payroll/employees")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("見つかりません"));
    }
}
