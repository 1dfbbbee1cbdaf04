package jp.itaku.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies without Content-Length (chunked) are limited as declared ones are (issue 19). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class ChunkedBodyLimitTest {

    private static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    private static HttpResponse<String> postChunked(String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/contracts/echo"))
                .header("Authorization", "Bearer " + OFFICER).header("Content-Type", type)
                .timeout(Duration.ofSeconds(30))
                // an InputStream publisher has no length: Java's client sends it chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void chunkedJsonBodyOverTheLimitGetsTheGateways413() throws Exception {
        byte[] big = new byte[1024 * 1024 + 64 * 1024];
        Arrays.fill(big, (byte) ' ');
        HttpResponse<String> response = postChunked("application/json", big);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = new JsonObject(response.body());
        assertEquals("サイズが上限を超えています", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("1 MB"), problem.getString("detail"));
    }

    @Test
    void chunkedBodyWithinTheLimitIsStreamedThrough() throws Exception {
        byte[] small = "{\"name\":\"株式会社アルファ\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = postChunked("application/json", small);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(small.length, echo.getInteger("bodyLength"));
        assertEquals("chunked", echo.getJsonObject("headers").getString("transfer-encoding"));
    }
}
