package jp.itaku.inspection.input;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.testing.HostileInput;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.JsonBodyFuzz;
import jp.itaku.common.testing.JsonBodyFuzz.Endpoint;
import jp.itaku.common.testing.StoreCounts;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.testing.UploadFuzz;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that cannot corrupt data (issue 18): refused with a 400 naming the field, never stored altered. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");

    @Inject
    DataSource dataSource;

    @Inject
    MongoDatabase mongo;

    StoreCounts store;

    @BeforeEach
    void counts() {
        store = new StoreCounts(dataSource, "inspection", mongo);
    }

    private String parentNode(String org) {
        UUID engagement = Fixtures.engagement(TENANT_A, org, "HIGH");
        return Fixtures.rootNode(TENANT_A, engagement);
    }

    @Test
    void subcontractorNameWithLoneSurrogateOrNumberIsRefusedNamingTheField() {
        String org = Fixtures.org();
        String parent = parentNode(org);
        for (Object badName : List.of("再委託先\ud800", 123, "再委託先\u0000", "株式会社\nベータ")) {
            Map<String, Object> body = new HashMap<>(Fixtures.subcontract("x", Fixtures.org()));
            body.put("name", badName);
            Map<String, Long> before = store.snapshot();
            given().auth().oauth2(TestTokens.contractor(TENANT_A, org)).contentType(ContentType.JSON)
                    .body(JsonBodyFuzz.asJson(body))
                    .post("/api/inspections/nodes/" + parent + "/subcontracts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name")).body("detail", containsString("「name」"));
            assertEquals(before, store.snapshot());
        }
    }

    /** Property: over the JSON endpoints' bodies, broken one way at a time: 0 × 5xx, 0 partial writes. */
    @Test
    void brokenJsonBodiesNeverGive5xxNorPartialWrites() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, org, "HIGH");
        String parent = Fixtures.rootNode(TENANT_A, engagement);
        String manager = TestTokens.of(TENANT_A, "protection-manager");
        String pending = Fixtures.request(TENANT_A, org, parent, "審査待ち再委託先", Fixtures.org());
        String planEntry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().extract().path("items[0].id");
        List<Endpoint> endpoints = List.of(
                new Endpoint("PUT", () -> "/api/inspections/events/" + UUID.randomUUID(), TestTokens.service(),
                        Fixtures.approvedEvent(UUID.randomUUID(), TENANT_A, UUID.randomUUID(), Fixtures.org(), "HIGH")),
                new Endpoint("POST", () -> "/api/inspections/nodes/" + parent + "/subcontracts",
                        TestTokens.contractor(TENANT_A, org), Fixtures.subcontract("再委託先", Fixtures.org())),
                new Endpoint("POST", () -> "/api/inspections/nodes/" + pending + "/decision", manager,
                        Map.of("decision", "REFUSE", "comment", "審査済み")),
                new Endpoint("POST", () -> "/api/inspections/checks", INSPECTOR,
                        Map.of("planEntryId", planEntry, "performedOn", "2026-11-30", "place", "本社",
                                "attendees", List.of("山田太郎"))));
        JsonBodyFuzz fuzz = new JsonBodyFuzz(endpoints, store);
        int refused = fuzz.run(160, 18L);
        assertTrue(fuzz.sent() >= 130, "sent " + fuzz.sent());
        assertTrue(refused > 80, "most broken bodies are refused: " + refused);
    }

    /** Property: whatever bytes arrive as check evidence: 0 × 5xx; stored whole or not at all. */
    @Test
    void arbitraryEvidenceUploadsAreStoredWholeOrNotAtAll() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, org, "HIGH");
        String planEntry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().extract().path("items[0].id");
        String check = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("planEntryId", planEntry, "performedOn", "2026-11-30", "place", "本社",
                        "attendees", List.of("検査担当　佐藤花子")))
                .post("/api/inspections/checks").then().statusCode(201).extract().path("id");
        UploadFuzz.run(60, 18L, (name, bytes) -> {
            Map<String, Long> before = store.snapshot();
            var response = given().config(UploadFuzz.UTF8_MULTIPART).auth().oauth2(INSPECTOR)
                    .multiPart("file", name, bytes, "application/octet-stream")
                    .post("/api/inspections/checks/" + check + "/evidence").then().extract();
            int status = response.statusCode();
            assertTrue(status < 500, status + " for " + HostileInput.escape(name) + "\n" + response.asString());
            if (status >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), name);
                assertEquals(before, store.snapshot(), "refused upload changed stored data: " + name);
            } else {
                String id = response.path("id");
                byte[] stored = given().auth().oauth2(INSPECTOR).get("/api/inspections/evidence/" + id)
                        .then().statusCode(200).extract().asByteArray();
                assertArrayEquals(bytes, stored, "stored evidence differs: " + name);
            }
        });
    }
}
