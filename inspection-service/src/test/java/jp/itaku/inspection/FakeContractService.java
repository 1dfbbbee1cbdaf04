package jp.itaku.inspection;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * contract-service's verifier at its HTTP boundary, on a random port: a subcontract that mentions 再委託 and 消去
 * satisfies every 第8-4 element (D1, for dispatch contracts only, is missing as for any outsourcing text), one
 * without 再委託 misses C2. A file named {@code down.txt} drops the connection, as an
 * unreachable service would; a request without a bearer token gets 401.
 */
public class FakeContractService implements QuarkusTestResourceLifecycleManager {

    /** The W3C trace context of the last verification request (to show that the trace goes on). */
    public static volatile String lastTraceparent;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/contracts/verifications", this::verify);
        server.createContext("/api/contracts/engagements/", this::engagement);
        server.start();
        return Map.of("itaku.contract.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void verify(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        lastTraceparent = exchange.getRequestHeaders().getFirst("traceparent");
        if (auth == null || !auth.startsWith("Bearer ")) {
            respond(exchange, 401, "{\"status\":401}");
            return;
        }
        if (body.contains("\"down.txt\"")) {
            exchange.close();
            return;
        }
        String c2 = body.contains("再委託") ? "satisfied" : "missing";
        String c4 = body.contains("漏えい")
                ? "{\"id\":\"C4\",\"status\":\"satisfied\",\"evidence\":[{\"article\":\"第5条\",\"start\":0,\"end\":30,"
                + "\"text\":\"乙は、漏えい等の事案が発生したときは、直ちに甲に報告する。\"}],\"explanation\":\"漏えい等事案発生時の報告\"},"
                : "";
        respond(exchange, 200, """
                {"file":"subcontract.txt","kind":"outsourcing","elements":[%s
                 {"id":"C1a","status":"satisfied","evidence":[{"article":"第2条","start":10,"end":40,"text":"乙は、秘密を保持する。"}],"explanation":"秘密保持義務が定められています。"},
                 {"id":"C2","status":"%s","evidence":[],"explanation":"再委託の制限に関する条項","suggestedClause":"乙は、あらかじめ甲の書面による承諾を得た場合を除き、再委託してはならない。"},
                 {"id":"D1","status":"missing","evidence":[],"explanation":"派遣契約のみの項目です。","suggestedClause":null}]}
                """.formatted(c4, c2));
    }

    /** The approval (version 2) and that draft's report with its C4 evidence, for any engagement id. */
    private void engagement(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"status\":401}");
        } else if (path.endsWith("/approval")) {
            respond(exchange, 200, "{\"draftVersion\":2}");
        } else if (path.endsWith("/drafts/2")) {
            respond(exchange, 200, "{\"elements\":[{\"id\":\"C4\",\"status\":\"satisfied\",\"evidence\":[{\"article\":\"第12条\","
                    + "\"start\":5,\"end\":40,\"text\":\"乙は、漏えい等の事案が発生し、又は発生したおそれがあるときは、直ちに甲に報告し、甲の指示に従う。\"}]}]}");
        } else {
            respond(exchange, 404, "{\"status\":404}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
