package jp.itaku.contract.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import jp.itaku.api.Page;
import jp.itaku.api.inspection.PlanEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit's typed clients against a stub service (the JDK's HTTP server, no Quarkus): the caller's token on every
 * call, paging until a short page and never past the limit, and a service that answers otherwise named as
 * {@link Unavailable} with the reason the report prints. What the answers look like is the pacts' part.
 */
class AuditClientsTest {

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** The answer's status and body for the n-th request (0-based). */
    volatile IntFunction<Object[]> answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = requests.size();
            requests.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            Object[] a = answer.apply(n);
            byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders((int) a[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    ServiceCall call(String baseUrl) {
        HttpClient http = HttpClient.newHttpClient();
        return new ServiceCall((request, target) -> http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()),
                new ObjectMapper().findAndRegisterModules(), baseUrl, "the-auditors-token");
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String planPage(int items) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"state\":\"OVERDUE\",\"dueOn\":\"2026-11-30\",\"assignee\":\"a field the audit ignores\"}");
        }
        return json.append("],\"page\":0,\"size\":200,\"total\":").append(items).append(",\"sort\":\"dueOn\"}").toString();
    }

    @Test
    void readsPageByPageWithTheCallersTokenUntilAShortPage() throws Exception {
        answer = n -> new Object[]{200, planPage(n == 0 ? Page.MAX_SIZE : 3)};

        List<PlanEntry> plan = new InspectionAuditClient(call(base()), AuditReport.MAX_PAGES).plan();

        assertEquals(Page.MAX_SIZE + 3, plan.size());
        assertEquals("OVERDUE", plan.get(Page.MAX_SIZE + 2).state());
        assertEquals(List.of("/api/inspections/plan?size=200&page=0 Bearer the-auditors-token",
                "/api/inspections/plan?size=200&page=1 Bearer the-auditors-token"), requests);
    }

    @Test
    void neverReadsPastTheLastPageAllowed() throws Exception {
        answer = n -> new Object[]{200, planPage(Page.MAX_SIZE)};

        List<PlanEntry> plan = new InspectionAuditClient(call(base()), 2).plan();

        assertEquals(2 * Page.MAX_SIZE, plan.size());
        assertEquals(2, requests.size());
    }

    @Test
    void aDivisionIsAQueryOfItsOwnAndNoneAsksForAll() throws Exception {
        answer = n -> new Object[]{200, "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}"};
        ProvisionAuditClient client = new ProvisionAuditClient(call(base()), AuditReport.MAX_PAGES);

        assertTrue(client.provisions(" 総務課 第二係 ").isEmpty());
        assertTrue(client.provisions(" ").isEmpty());

        assertEquals(List.of("/api/provisions?division=%E7%B7%8F%E5%8B%99%E8%AA%B2%20%E7%AC%AC%E4%BA%8C%E4%BF%82&size=200&page=0",
                "/api/provisions?size=200&page=0"), requests.stream().map(r -> r.substring(0, r.indexOf(' '))).toList());
    }

    @Test
    void aServiceThatAnswersOtherwiseIsUnavailableWithTheReason() throws Exception {
        ProvisionAuditClient client = new ProvisionAuditClient(call(base()), AuditReport.MAX_PAGES);
        answer = n -> new Object[]{404, "{\"title\":\"見つかりません\"}"};
        assertEquals("応答 404", assertThrows(Unavailable.class, client::settings).getMessage());
        answer = n -> new Object[]{200, "<html>maintenance</html>"};
        assertEquals("応答を読み取れません", assertThrows(Unavailable.class, client::settings).getMessage());
        answer = n -> new Object[]{200, "null"};
        assertEquals("応答が空です", assertThrows(Unavailable.class, client::settings).getMessage());
        answer = n -> new Object[]{200, "{\"agencyName\":\"デモ省\",\"agencyType\":\"ADMINISTRATIVE_ORGAN\"}"};
        assertEquals("デモ省", client.settings().agencyName());
    }

    @Test
    void aServiceThatDoesNotListenIsUnavailable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        InspectionAuditClient client = new InspectionAuditClient(call("http://127.0.0.1:" + closed), AuditReport.MAX_PAGES);

        assertEquals("接続できません", assertThrows(Unavailable.class, client::incidents).getMessage());
    }
}
