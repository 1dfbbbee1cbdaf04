package jp.itaku.gateway.security;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a browser gets when the gateway ends a portal session that Keycloak has ended (on a bare Vert.x server). */
class SessionEndingTest {

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(SessionEnding::end);
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPageIsReloadedWithoutTheSessionCookiesSoThatQuarkusOidcSendsItToTheLogin() throws Exception {
        HttpResponse<String> answer = send(request("/engagements?page=2")
                .header("Cookie", "q_session=abc; q_session_chunk_1=def; itaku-csrf=keep; lang=en").GET());
        assertEquals(302, answer.statusCode());
        assertEquals("/engagements?page=2", answer.headers().firstValue("Location").orElse(""));
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("q_session=;") && c.contains("Max-Age=0") && c.contains("Path=/")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("q_session_chunk_1=;") && c.contains("Max-Age=0")), cookies.toString());
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("itaku-csrf") || c.startsWith("lang")), "other cookies stay: " + cookies);
    }

    @Test
    void aFormPostGoesToTheHomePage() throws Exception {
        HttpResponse<String> answer = send(request("/engagements").header("Cookie", "q_session=abc")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=x")));
        assertEquals(303, answer.statusCode());
        assertEquals("/", answer.headers().firstValue("Location").orElse(""));
    }

    @Test
    void htmxGets401WithARedirectToItsOwnPageNeverToAnotherSite() throws Exception {
        HttpResponse<String> answer = send(request("/engagements/1/drafts").header("Cookie", "q_session=abc")
                .header("HX-Request", "true").header("HX-Current-URL", "http://127.0.0.1:8080/approvals?tab=2").GET());
        assertEquals(401, answer.statusCode());
        assertEquals("/approvals?tab=2", answer.headers().firstValue("HX-Redirect").orElse(""));
        assertTrue(answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session=;")));
        assertEquals("/", SessionEnding.localPart("http://evil.example//evil.example/x"));
        assertEquals("/", SessionEnding.localPart("javascript:alert(1)"));
        assertEquals("/", SessionEnding.localPart(null));
    }

    @Test
    void anApiCallGets401ProblemJsonInJapanese() throws Exception {
        HttpResponse<String> answer = send(request("/api/contracts/engagements").header("Cookie", "q_session=abc").GET());
        assertEquals(401, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"status\":401") && answer.body().contains("もう一度ログインしてください"), answer.body());
        assertTrue(answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session=;")));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
