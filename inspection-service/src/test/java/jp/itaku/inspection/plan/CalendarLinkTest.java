package jp.itaku.inspection.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestMailServer;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The secret calendar URL: works without a token, shown once, stored hashed, replaced and revoked. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestMailServer.class, restrictToAnnotatedClass = false)
class CalendarLinkTest {

    @Inject
    EntityManager em;

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    @Test
    void secretUrlServesTheInspectorsPlanWithoutATokenUntilReplacedOrRevoked() throws Exception {
        String tenant = "tenant-cal-" + UUID.randomUUID();
        String inspector = TestTokens.of(tenant, "inspector");
        String mine = Fixtures.rootNode(tenant, Fixtures.engagement(tenant, Fixtures.org(), "HIGH"));
        String entry = given().auth().oauth2(inspector).get("/api/inspections/plan?size=1").then().extract().path("items[0].id");
        given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("method", "ONSITE", "inspectedBy", "AGENCY", "assignee", "inspector@" + tenant))
                .put("/api/inspections/plan/" + entry).then().statusCode(200);

        given().auth().oauth2(inspector).get("/api/inspections/calendar-link").then().statusCode(200)
                .body("active", equalTo(false));
        String url = given().auth().oauth2(inspector).post("/api/inspections/calendar-link").then().statusCode(201)
                .extract().path("url");
        String secret = path(url).replace("/api/inspections/calendar/", "").replace(".ics", "");
        given().auth().oauth2(inspector).get("/api/inspections/calendar-link").then().statusCode(200)
                .body("active", equalTo(true)).body("url", equalTo(null));

        String ics = given().get(path(url)).then().statusCode(200).contentType("text/calendar").extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertEquals(1, events.size(), ics);
        assertEquals(entry + "@inspection.itaku.jp", events.get(0).getUid().orElseThrow().getValue());
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select secret_hash from inspection.calendar_link").getResultList();
        assertFalse(stored.contains(secret), "the secret itself is never stored");

        String second = given().auth().oauth2(inspector).post("/api/inspections/calendar-link").then()
                .statusCode(201).extract().path("url");
        given().get(path(url)).then().statusCode(404).contentType("application/problem+json");
        given().get(path(second)).then().statusCode(200);
        given().auth().oauth2(inspector).delete("/api/inspections/calendar-link").then().statusCode(204);
        given().get(path(second)).then().statusCode(404);
        given().auth().oauth2(inspector).delete("/api/inspections/calendar-link").then().statusCode(404);
        given().get("/api/inspections/calendar/not-a-secret.ics").then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(tenant, "org-x")).post("/api/inspections/calendar-link")
                .then().statusCode(403);
        assertFalse(mine.isEmpty());
    }
}
