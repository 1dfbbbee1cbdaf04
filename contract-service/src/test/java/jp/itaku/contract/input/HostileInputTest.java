package jp.itaku.contract.input;

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
import jp.itaku.common.testing.UploadFuzz;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that cannot corrupt data (issue 18): refused with a 400 naming the field, never stored altered. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Inject
    DataSource dataSource;

    @Inject
    MongoDatabase mongo;

    StoreCounts store;

    @BeforeEach
    void counts() {
        store = new StoreCounts(dataSource, "contract", mongo);
    }

    private void refusedNaming(String field, String json) {
        Map<String, Long> before = store.snapshot();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(json)
                .post("/api/contracts/contractors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString("「" + field + "」"));
        assertEquals(before, store.snapshot(), json);
    }

    @Test
    void loneSurrogateInContractorNameIsRefusedNotStoredAsQuestionMark() {
        refusedNaming("name", "{\"name\":\"\\ud800\"}");
        refusedNaming("name", "{\"name\":\"株式会社\\udc00アルファ\"}");
    }

    @Test
    void numberBooleanOrObjectAsContractorNameIsRefusedNotStoredAsText() {
        refusedNaming("name", "{\"name\":123}");
        refusedNaming("name", "{\"name\":true}");
        refusedNaming("name", "{\"name\":{\"ja\":\"アルファ\"}}");
    }

    @Test
    void nulAndControlCharactersInNamesAreRefusedNamingTheNestedField() {
        refusedNaming("name", "{\"name\":\"ア\\u0000ルファ\"}");
        refusedNaming("name", "{\"name\":\"アルファ\\n情報処理\"}");
        refusedNaming("contacts.[0].name", "{\"name\":\"アルファ\",\"contacts\":[{\"name\":\"山田\\u001b[31m\"}]}");
    }

    @Test
    void surrogatePairsAndLineBreaksInFreeTextAreStoredExactly() {
        String id = Fixtures.contractor(OFFICER, "𠮷野家システム" + UUID.randomUUID(), "org-" + UUID.randomUUID());
        String summary = "一行目\r\n二行目\t😀";
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("occurredOn", "2026-01-05", "summary", summary))
                .post("/api/contracts/contractors/" + id + "/incidents")
                .then().statusCode(201).body("summary", equalTo(summary));
    }

    /** Property: over every JSON endpoint's body, broken one way at a time: 0 × 5xx, 0 partial writes. */
    @Test
    void brokenJsonBodiesNeverGive5xxNorPartialWrites() {
        String contractor = Fixtures.contractor(OFFICER, "ファズ用委託先", "org-" + UUID.randomUUID());
        String engagement = Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", () -> "/api/contracts/contractors", OFFICER,
                        Map.of("name", "委託先", "corporateNumber", Fixtures.corporateNumber(), "address", "東京都",
                                "orgCode", "org-fuzz", "contacts", List.of(Map.of("name", "山田", "email", "a@example.jp")))),
                new Endpoint("PUT", () -> "/api/contracts/contractors/" + contractor, OFFICER,
                        Map.of("name", "委託先（変更）", "address", "大阪府")),
                new Endpoint("POST", () -> "/api/contracts/contractors/" + contractor + "/certifications", OFFICER,
                        Map.of("kind", "ISMS", "number", "IS 12345", "issuer", "認証機関", "validUntil", "2027-03-31")),
                new Endpoint("POST", () -> "/api/contracts/contractors/" + contractor + "/incidents", OFFICER,
                        Map.of("occurredOn", "2026-01-05", "summary", "誤送付", "measures", "二重確認")),
                new Endpoint("PUT", () -> "/api/contracts/contractors/" + contractor + "/checklist", OFFICER,
                        Map.of("items", List.of(Map.of("item", "PRIVACY_POLICY", "fulfilled", true, "note", "確認済")))),
                new Endpoint("POST", () -> "/api/contracts/engagements", OFFICER,
                        Fixtures.engagementBody(contractor, "OUTSOURCING", "HIGH")),
                new Endpoint("PUT", () -> "/api/contracts/engagements/" + engagement, OFFICER,
                        Fixtures.engagementBody(contractor, "OUTSOURCING", "HIGH")),
                new Endpoint("POST", () -> "/api/contracts/engagements/" + engagement + "/transitions", OFFICER,
                        Map.of("to", "IN_PROGRESS")));
        JsonBodyFuzz fuzz = new JsonBodyFuzz(endpoints, store);
        int refused = fuzz.run(120, 18L);
        assertTrue(fuzz.sent() >= 100, "sent " + fuzz.sent());
        assertTrue(refused > 60, "most broken bodies are refused: " + refused);
    }

    /** Property: whatever bytes arrive as a .txt/.docx/.pdf/image draft: 0 × 5xx; stored whole or not at all. */
    @Test
    void arbitraryUploadsAreStoredWholeOrNotAtAll() {
        String contractor = Fixtures.contractor(OFFICER, "ファズ用委託先", "org-" + UUID.randomUUID());
        String engagement = Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        UploadFuzz.run(60, 18L, (name, bytes) -> {
            Map<String, Long> before = store.snapshot();
            var response = Fixtures.upload(OFFICER, engagement, name, bytes).extract();
            int status = response.statusCode();
            assertTrue(status < 500, status + " for " + HostileInput.escape(name) + "\n" + response.asString());
            if (status >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), name);
                assertEquals(before, store.snapshot(), "refused upload changed stored data: " + name);
            } else {
                int version = response.path("draft.version");
                byte[] stored = given().auth().oauth2(OFFICER)
                        .get("/api/contracts/engagements/" + engagement + "/drafts/" + version + "/file")
                        .then().statusCode(200).extract().asByteArray();
                org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, stored, "stored file differs: " + name);
            }
        });
    }
}
