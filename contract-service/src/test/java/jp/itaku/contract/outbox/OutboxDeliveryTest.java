package jp.itaku.contract.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.ContractTestResources;
import jp.itaku.contract.support.Fixtures;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ContractTestResources.class, restrictToAnnotatedClass = false)
class OutboxDeliveryTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");

    record Received(String pathEventId, String authorization, JsonNode body, int answered, boolean receipt) {
    }

    @Test
    void approvalReachesInspectionServiceOnceItIsBackWithoutLossOrNewEvents() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org, Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, false)).statusCode(201);

        // inspection-service is down: the event stays, with its attempts and the last error
        OutboxEvent pending = awaitRow(id, e -> e.attempts >= 1);
        assertNull(pending.deliveredAt);
        assertNotNull(pending.lastError);
        // its meters show the waiting event, its age and the failed attempt
        assertTrue(awaitMetrics(text -> metric(text, "itaku_outbox_backlog") >= 1
                        && metric(text, "itaku_outbox_attempts_total{outcome=\"failed\"") >= 1
                        && metric(text, "itaku_outbox_oldest_age_seconds") >= 0),
                "outbox meters at /q/metrics");

        List<Received> received = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort()), 0);
        ObjectMapper json = new ObjectMapper();
        receiver.createContext("/api/inspections/events/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String eventId = path.substring(path.lastIndexOf('/') + 1);
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            // back, but failing its first answers (e.g. still starting), then a 200 without a receipt (something other
            // than inspection-service at its address), and only then inspection-service's receipt for the event
            int attempt = attempts.computeIfAbsent(eventId, e -> new AtomicInteger()).incrementAndGet();
            int status = attempt <= 2 ? 503 : 200;
            boolean receipt = attempt > 3;
            received.add(new Received(eventId, exchange.getRequestHeaders().getFirst("Authorization"), body, status,
                    receipt));
            byte[] answer = (receipt ? "{\"eventId\":\"" + eventId + "\",\"duplicate\":false}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
        try {
            OutboxEvent delivered = awaitRow(id, e -> e.deliveredAt != null);
            Thread.sleep(2500); // a few more runs of the job: nothing may be sent again
            List<Received> mine = received.stream().filter(r -> id.equals(r.body().path("engagementId").asText())).toList();
            assertTrue(mine.stream().allMatch(r -> r.pathEventId().equals(delivered.id.toString())),
                    "every attempt carries the one event id");
            assertEquals(2, mine.stream().filter(r -> r.answered() == 200).count(),
                    "a 200 without a receipt is sent again");
            assertEquals(1, mine.stream().filter(Received::receipt).count(), "acknowledged exactly once");
            assertTrue(mine.get(mine.size() - 1).receipt(), "nothing sent after the receipt");
            assertTrue(mine.stream().allMatch(r -> r.authorization() != null && r.authorization().startsWith("Bearer ")));
            JsonNode body = mine.get(mine.size() - 1).body();
            assertEquals("engagement-approved", body.path("type").asText());
            assertEquals(TENANT_A, body.path("tenant").asText());
            assertEquals(org, body.path("contractorOrg").asText());
            assertEquals("HIGH", body.path("sensitivity").asText());
            assertEquals("2026-04-01", body.path("periodStart").asText());
            assertEquals("protection-manager@" + TENANT_A, body.path("approvedBy").asText());
            assertEquals(1, rows(id).size());
            assertNull(rows(id).get(0).lastError);
        } finally {
            receiver.stop(0);
        }
    }

    static int receiverPort() {
        return URI.create(ConfigProvider.getConfig().getValue("itaku.inspection.url", String.class)).getPort();
    }

    static List<OutboxEvent> rows(String engagementId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.list("aggregateId", UUID.fromString(engagementId)));
    }

    static OutboxEvent awaitRow(String engagementId, java.util.function.Predicate<OutboxEvent> condition)
            throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboxEvent> rows = rows(engagementId);
            if (rows.size() == 1 && condition.test(rows.get(0))) {
                return rows.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox row of " + engagementId + " did not reach the expected state: " + rows(engagementId));
    }

    private static boolean awaitMetrics(java.util.function.Predicate<String> done) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (done.test(io.restassured.RestAssured.given().get("/q/metrics").asString())) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The value of the first sample line starting with {@code prefix}; -1 when there is none. */
    private static double metric(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElse(-1.0);
    }
}
