package jp.itaku.gateway;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway starts (or continues) the trace and hands it to the service it calls. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class GatewayTracingTest {

    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theServiceReceivesTheTraceOfTheCallersRequestWithTheGatewaysClientSpanAsParent() throws Exception {
        spans.reset();
        String traceparent = given().auth().oauth2(TestTokens.of(TENANT_A, "inspector"))
                .header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                .when().get("/api/contracts/echo/traced")
                .then().statusCode(200)
                .extract().path("headers.traceparent");
        assertNotNull(traceparent, "the service got a traceparent");
        String[] parts = traceparent.split("-");
        assertEquals(CALLERS_TRACE, parts[1], "same trace as the caller's");

        List<SpanData> finished = InMemorySpans.await(spans, s -> s.stream().anyMatch(d -> d.getSpanId().equals(parts[2])));
        SpanData client = finished.stream().filter(d -> d.getSpanId().equals(parts[2])).findFirst().orElseThrow(
                () -> new AssertionError("no gateway span is the parent the service was given: " + finished));
        assertEquals(SpanKind.CLIENT, client.getKind());
        assertEquals(CALLERS_TRACE, client.getTraceId());
        SpanData server = finished.stream().filter(d -> d.getKind() == SpanKind.SERVER && d.getTraceId().equals(CALLERS_TRACE))
                .findFirst().orElseThrow(() -> new AssertionError("no server span of the gateway: " + finished));
        assertEquals("00f067aa0ba902b7", server.getParentSpanId(), "the gateway's span continues the caller's");
        assertTrue(client.getParentSpanId().equals(server.getSpanId()), "client span inside the server span");
    }
}
