package jp.itaku.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prometheus text at /q/metrics on the gateway and every service of the running system, with Itaku's own meters. */
@ExtendWith(RunningSystem.class)
class MetricsE2ETest {

    @Test
    void everyModuleServesPrometheusMetricsWithItsRequestsAndPools() {
        // one API call through the gateway, so that its per-route request meter and the service's exist
        given().auth().oauth2(Tokens.of("sho-auditor")).when().get(Itaku.gateway(Contractors.PATH)).then().statusCode(200);

        Map<String, List<String>> expected = Map.of(
                Itaku.GATEWAY, List.of("http_server_requests_seconds_count{", "uri=\"/api/contracts/**\"", "jvm_memory_used_bytes"),
                Itaku.SERVICES.get("contracts"), List.of("http_server_requests_seconds_count{", "uri=\"/api/contracts/contractors\"",
                        "agroal_active_count", "itaku_outbox_backlog", "itaku_outbox_oldest_age_seconds", "itaku_verifier_draft_seconds"),
                Itaku.SERVICES.get("inspections"), List.of("agroal_active_count", "itaku_reminders_runs_total", "worker_pool_"),
                Itaku.SERVICES.get("provisions"), List.of("agroal_active_count", "jvm_memory_used_bytes"));
        expected.forEach((base, meters) -> {
            var response = given().when().get(base + "/q/metrics");
            assertEquals(200, response.getStatusCode(), base);
            String text = response.asString();
            for (String meter : meters) {
                assertTrue(text.contains(meter), base + "/q/metrics has " + meter);
            }
        });
    }
}
