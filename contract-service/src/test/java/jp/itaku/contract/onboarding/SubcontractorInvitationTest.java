package jp.itaku.contract.onboarding;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an invitation from the chain checks before Keycloak is asked (Keycloak is out of reach here; the person's
 * whole way in is SubcontractorInvitationE2ETest's): inspection-service — stood in for by a small HTTP server — says
 * which node it is, and only an approved subcontractor below the contractor can get users.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class SubcontractorInvitationTest {

    private static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    private HttpServer inspection;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopInspection() {
        if (inspection != null) {
            inspection.stop(0);
            inspection = null;
        }
    }

    /** inspection-service answering GET /api/inspections/nodes/{id} with {@code status} and {@code body}. */
    private void inspectionAnswers(int status, String body) throws IOException {
        int port = URI.create(ConfigProvider.getConfig().getValue("itaku.inspection.url", String.class)).getPort();
        inspection = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        inspection.createContext("/api/inspections/nodes/", exchange -> {
            calls.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        inspection.start();
    }

    private static String node(UUID id, int depth, String status, String org) {
        return "{\"id\":\"" + id + "\",\"engagementId\":\"" + UUID.randomUUID() + "\",\"depth\":" + depth
                + ",\"name\":\"招待先データ株式会社\",\"orgCode\":" + (org == null ? "null" : "\"" + org + "\"")
                + ",\"status\":\"" + status + "\",\"workPart\":\"入力\",\"cloud\":false}";
    }

    private static Map<String, Object> invitation() {
        return Map.of("email", "sub-" + UUID.randomUUID() + "@example.jp", "lastName", "山田", "firstName", "太郎");
    }

    @Test
    void aSubcontractNotYetApprovedGetsNoUsers() throws IOException {
        UUID id = UUID.randomUUID();
        inspectionAnswers(200, node(id, 2, "PENDING", "org-sub"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(invitation())
                .post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(409)
                .contentType("application/problem+json").body("detail", startsWith("承認された再委託先にだけ"));
        assertEquals(List.of("/api/inspections/nodes/" + id + " Bearer " + OFFICER), calls,
                "inspection-service is asked with the caller's own token");
    }

    @Test
    void theContractorAtTheTopIsInvitedFromItsOwnPage() throws IOException {
        UUID id = UUID.randomUUID();
        inspectionAnswers(200, node(id, 1, "ACTIVE", "org-top"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(invitation())
                .post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(409)
                .body("detail", startsWith("委託先（連鎖の最上位）の利用者は"));
    }

    @Test
    void aRoleOtherThanContractorIsRefusedBesideTheField() throws IOException {
        UUID id = UUID.randomUUID();
        inspectionAnswers(200, node(id, 2, "ACTIVE", "org-sub"));
        Map<String, Object> body = new java.util.HashMap<>(invitation());
        body.put("roles", List.of("chief-protection-manager"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void aNodeTheCallerCannotSeeIsNotFoundAndAnUnreachableServiceIs503() throws IOException {
        UUID id = UUID.randomUUID();
        inspectionAnswers(404, "{\"title\":\"見つかりません\"}");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(invitation())
                .post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(404)
                .contentType("application/problem+json");
        stopInspection();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(invitation())
                .post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(503)
                .body("title", equalTo("点検・検査サービスを利用できません"));
    }

    @Test
    void onlyAgencyStaffMayInviteFromTheChain() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-alpha")).contentType(ContentType.JSON)
                .body(invitation()).post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(403);
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).contentType(ContentType.JSON)
                .body(invitation()).post("/api/contracts/subcontractors/" + id + "/users").then().statusCode(403);
    }
}
