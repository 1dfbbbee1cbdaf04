package jp.itaku.inspection.ledger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestClock;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import jp.itaku.inspection.check.Checklist;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class LedgerSummaryResourceTest {

    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");
    static final String AUDITOR = TestTokens.of(TENANT_A, "auditor");

    /** An approved engagement of its own division, so that the division filter leaves only it. */
    static UUID engagementIn(String division, String org) {
        UUID engagementId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = Fixtures.approvedEvent(eventId, TENANT_A, engagementId, org, "HIGH");
        event.put("division", division);
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(200);
        return engagementId;
    }

    static String subcontract(String parentOrg, String parentId, String name, String org, Boolean cloud, String country) {
        Map<String, Object> body = Fixtures.subcontract(name, org);
        body.put("cloud", cloud);
        body.put("country", country);
        return given().auth().oauth2(TestTokens.contractor(TENANT_A, parentOrg)).contentType(ContentType.JSON)
                .body(body).post("/api/inspections/nodes/" + parentId + "/subcontracts")
                .then().statusCode(201).extract().path("id");
    }

    /** A completed check of the node's plan entry with one finding, which opens one improvement request. */
    static void checkWithOneFinding(UUID engagement, String nodeId, LocalDate performedOn) {
        String entry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().statusCode(200).extract().path("items.find { it.nodeId == '" + nodeId + "' }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("planEntryId", entry);
        body.put("performedOn", performedOn.toString());
        body.put("place", "再委託先事業所");
        body.put("attendees", List.of("検査担当　佐藤花子"));
        String check = given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(body)
                .post("/api/inspections/checks").then().statusCode(201).extract().path("id");
        boolean first = true;
        for (Checklist.Item item : Checklist.ITEMS) {
            Map<String, Object> answer = new HashMap<>();
            if (first) {
                answer.put("result", "FINDING");
                answer.put("note", "持出し記録の一部に記入漏れ");
                answer.put("deadline", performedOn.plusMonths(1).toString());
                first = false;
            } else {
                answer.put("result", "COMPLIANT");
            }
            given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(answer)
                    .put("/api/inspections/checks/" + check + "/items/" + item.code()).then().statusCode(200);
        }
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("summary", "記入漏れ1件"))
                .post("/api/inspections/checks/" + check + "/completion").then().statusCode(200);
    }

    @Test
    void ledgerSummaryListsTheWholeApprovedChainWithInspectionsIncidentsAndFlagsCloudAbroad() {
        String division = "台帳テスト課-" + UUID.randomUUID().toString().substring(0, 6);
        String alpha = Fixtures.org();
        UUID engagement = engagementIn(division, alpha);
        String root = Fixtures.rootNode(TENANT_A, engagement);
        String beta = Fixtures.org();
        String n2 = subcontract(alpha, root, "ベータ株式会社", beta, true, "us");
        Fixtures.decide(TENANT_A, n2, "APPROVE");
        String gamma = Fixtures.org();
        String n3 = subcontract(beta, n2, "ガンマ株式会社", gamma, null, null);
        Fixtures.decide(TENANT_A, n3, "APPROVE");
        String refused = subcontract(alpha, root, "不承認株式会社", Fixtures.org(), false, "JP");
        Fixtures.decide(TENANT_A, refused, "REFUSE");
        LocalDate performed = TestClock.today().minusDays(3);
        checkWithOneFinding(engagement, n2, performed);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("nodeId", n3, "title", "再々委託先で帳票1枚の誤送付"))
                .post("/api/inspections/incidents").then().statusCode(201);

        JsonPath ledger = given().auth().oauth2(AUDITOR).queryParam("division", division)
                .get("/api/inspections/ledger").then().statusCode(200).extract().jsonPath();
        assertEquals(division, ledger.getString("division"));
        assertTrue(ledger.getBoolean("incidentsTracked"));
        List<Map<String, Object>> nodes = ledger.getList("nodes");
        assertEquals(List.of(1, 2, 3), nodes.stream().map(n -> n.get("depth")).toList(), "refused request left out");
        Map<String, Object> second = nodes.get(1);
        assertEquals("ベータ株式会社", second.get("name"));
        assertEquals("データ入力業務の一部", second.get("workPart"));
        assertEquals(true, second.get("cloud"));
        assertEquals("US", second.get("country"));
        assertEquals(true, second.get("needsReview"));
        assertEquals(1, second.get("openImprovements"));
        assertEquals(performed.toString(), ledger.getString("nodes[1].inspection.lastCheckOn"));
        assertEquals(performed.toString(), ledger.getString("nodes[1].inspection.lastDoneOn"));
        assertTrue(LocalDate.parse(ledger.getString("nodes[1].inspection.nextDueOn")).isAfter(performed));
        Map<String, Object> third = nodes.get(2);
        assertEquals("JP", third.get("country"), "no country given means Japan");
        assertEquals(false, third.get("needsReview"));
        assertEquals(n2, third.get("parentId"));
        assertNull(ledger.get("nodes[2].inspection.lastDoneOn"));
        assertEquals(1, third.get("openIncidents"));
        assertEquals(0, second.get("openIncidents"));
    }

    @Test
    void contractorsAndOtherTenantsDoNotReadTheLedger() {
        String division = "台帳テスト課-" + UUID.randomUUID().toString().substring(0, 6);
        String alpha = Fixtures.org();
        engagementIn(division, alpha);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).get("/api/inspections/ledger")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).queryParam("division", division)
                .get("/api/inspections/ledger").then().statusCode(200).body("nodes.size()", equalTo(0));
    }

    @Test
    void subcontractWithAnInvalidCountryIsRefusedInJapanese() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "LOW");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        Map<String, Object> body = Fixtures.subcontract("国不明株式会社", Fixtures.org());
        body.put("country", "日本");
        given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType(ContentType.JSON).body(body)
                .post("/api/inspections/nodes/" + root + "/subcontracts").then().statusCode(400)
                .body("errors[0].field", containsString("country"))
                .body("errors[0].message", containsString("2文字コード"));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/engagements/" + engagement + "/chain")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void tooLongDivisionIsRefused() {
        given().auth().oauth2(AUDITOR).queryParam("division", "課".repeat(201)).get("/api/inspections/ledger")
                .then().statusCode(400).body("errors[0].message", containsString("200文字以内"));
    }
}
