package jp.itaku.inspection.chain;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import jp.itaku.inspection.InMemorySpans;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A subcontract request that arrives with the gateway's trace context (as jp.itaku.gateway's GatewayTracingTest shows
 * the gateway sends it) stays in that trace inside inspection-service and hands it on to contract-service's verifier:
 * gateway span → inspection-service SERVER span → CLIENT span → the verifier's request. (In-memory spans; the
 * verifier is the fake at its HTTP boundary, so contract-service's own server span is not part of this test.)
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class SubcontractTracingTest {

    private static final String GATEWAY_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String GATEWAY_SPAN = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void subcontractRequestCarriesTheGatewaysTraceOnToTheVerifier() throws Exception {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        spans.reset();
        FakeContractService.lastTraceparent = null;

        given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType(ContentType.JSON)
                .header("traceparent", "00-" + GATEWAY_TRACE + "-" + GATEWAY_SPAN + "-01")
                .body(Fixtures.subcontract("トレース株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + root + "/subcontracts")
                .then().statusCode(201);

        String handedOn = FakeContractService.lastTraceparent;
        assertNotNull(handedOn, "the verifier got a traceparent");
        String[] parts = handedOn.split("-");
        assertEquals(GATEWAY_TRACE, parts[1], "the verifier's request is in the gateway's trace");

        List<SpanData> finished = InMemorySpans.await(spans, s -> s.stream().anyMatch(d -> d.getSpanId().equals(parts[2]))
                && s.stream().anyMatch(d -> d.getKind() == SpanKind.SERVER && d.getTraceId().equals(GATEWAY_TRACE)));
        SpanData client = finished.stream().filter(d -> d.getSpanId().equals(parts[2])).findFirst()
                .orElseThrow(() -> new AssertionError("no span is the verifier call's parent: " + finished));
        assertEquals(SpanKind.CLIENT, client.getKind());
        SpanData server = finished.stream().filter(d -> d.getKind() == SpanKind.SERVER && d.getTraceId().equals(GATEWAY_TRACE))
                .findFirst().orElseThrow();
        assertEquals(GATEWAY_SPAN, server.getParentSpanId(), "inspection-service continues the gateway's span");
        assertEquals(server.getTraceId(), client.getTraceId());
        assertEquals(server.getSpanId(), client.getParentSpanId(), "the verifier call happens inside the request");
    }
}
