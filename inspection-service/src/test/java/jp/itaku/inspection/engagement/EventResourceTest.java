package jp.itaku.inspection.engagement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class EventResourceTest {

    static final String SERVICE = TestTokens.service();

    @Test
    void approvedEngagementStartsChainAndPlanOnceEvenWhenDeliveredTwice() {
        UUID engagementId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String org = Fixtures.org();
        Map<String, Object> event = Fixtures.approvedEvent(eventId, TENANT_A, engagementId, org, "HIGH");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(200).body("duplicate", equalTo(false));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(200).body("duplicate", equalTo(true));

        String inspector = TestTokens.of(TENANT_A, "inspector");
        given().auth().oauth2(inspector).get("/api/inspections/engagements/" + engagementId + "/chain")
                .then().statusCode(200).body("", hasSize(1)).body("[0].depth", equalTo(1))
                .body("[0].orgCode", equalTo(org)).body("[0].status", equalTo("ACTIVE"));
        given().auth().oauth2(inspector).get("/api/inspections/plan?engagementId=" + engagementId)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].intervalMonths", equalTo(6))
                .body("items[0].method", equalTo("ONSITE")).body("items[0].inspectedBy", equalTo("AGENCY"));
    }

    @Test
    void eventTenantDecidesWhereTheEngagementLives() {
        UUID engagementId = Fixtures.engagement(TENANT_B, Fixtures.org(), "LOW");
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/inspections/engagements/" + engagementId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/inspections/engagements/" + engagementId)
                .then().statusCode(200).body("sensitivity", equalTo("LOW"));
    }

    @Test
    void endedEngagementEndsThePlanOfItsWholeTree() {
        String org = Fixtures.org();
        UUID engagementId = Fixtures.engagement(TENANT_A, org, "MEDIUM");
        String root = Fixtures.rootNode(TENANT_A, engagementId);
        String sub = Fixtures.approved(TENANT_A, org, root, "再委託先株式会社", Fixtures.org());
        UUID eventId = UUID.randomUUID();
        Map<String, Object> ended = Map.of("eventId", eventId, "type", "engagement-ended", "tenant", TENANT_A,
                "engagementId", engagementId);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(ended)
                    .put("/api/inspections/events/" + eventId).then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).get("/api/inspections/plan?engagementId=" + engagementId)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).get("/api/inspections/engagements/" + engagementId)
                .then().body("status", equalTo("ENDED"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).get("/api/inspections/nodes/" + sub)
                .then().statusCode(200);
    }

    @Test
    void unknownTypeAndMissingFieldsAreRefusedAndStoreNothing() {
        UUID engagementId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = Fixtures.approvedEvent(eventId, TENANT_A, engagementId, Fixtures.org(), "HIGH");
        event.put("type", "engagement-exploded");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        event.put("type", "engagement-approved");
        event.remove("sensitivity");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(400)
                .body("errors.field", everyItem(equalTo("sensitivity")));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("eventId", eventId, "type", "engagement-ended", "tenant", TENANT_A, "engagementId", UUID.randomUUID()))
                .put("/api/inspections/events/" + eventId).then().statusCode(422);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/inspections/engagements/" + engagementId)
                .then().statusCode(404);
    }

    @Test
    void onlyServiceAccountsMayDeliverEvents() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = Fixtures.approvedEvent(eventId, TENANT_A, UUID.randomUUID(), Fixtures.org(), "HIGH");
        for (String token : new String[]{TestTokens.of(TENANT_A, "protection-manager"),
                TestTokens.of(TENANT_A, "platform-admin"), TestTokens.contractor(TENANT_A, "org-x")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(event)
                    .put("/api/inspections/events/" + eventId).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(event).put("/api/inspections/events/" + eventId).then().statusCode(401);
    }
}
