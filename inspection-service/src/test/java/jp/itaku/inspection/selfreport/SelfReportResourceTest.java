package jp.itaku.inspection.selfreport;

import jp.itaku.common.testing.TestClock;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.inspection.FakeContractService;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class SelfReportResourceTest {

    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Inject
    MongoDatabase mongo;

    record Subject(String org, String contractor, UUID engagement, String node) {
    }

    static Subject subject(String tenant, String sensitivity) {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(tenant, org, sensitivity);
        return new Subject(org, TestTokens.contractor(tenant, org), engagement, Fixtures.rootNode(tenant, engagement));
    }

    static List<Map<String, String>> allYes() {
        return List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7").stream()
                .map(q -> Map.of("questionId", q, "answer", "YES")).toList();
    }

    static String submitted(Subject s) {
        String id = given().auth().oauth2(s.contractor()).contentType(ContentType.JSON).body(Map.of("nodeId", s.node())).post("/api/inspections/self-reports")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        given().auth().oauth2(s.contractor()).contentType(ContentType.JSON).body(Map.of("answers", allYes()))
                .put("/api/inspections/self-reports/" + id + "/answers").then().statusCode(200);
        given().auth().oauth2(s.contractor()).post("/api/inspections/self-reports/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        return id;
    }

    @Test
    void selfReportIsSubmittedOnceThenReadOnly() {
        Subject s = subject(TENANT_A, "MEDIUM");
        String id = given().auth().oauth2(s.contractor()).contentType(ContentType.JSON).body(Map.of("nodeId", s.node())).post("/api/inspections/self-reports")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(s.contractor()).post("/api/inspections/self-reports/" + id + "/submission")
                .then().statusCode(400).body("detail", startsWith("未回答の必須設問があります"));
        given().auth().oauth2(s.contractor()).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("questionId", "Q1", "answer", "たぶん"))))
                .put("/api/inspections/self-reports/" + id + "/answers").then().statusCode(400);
        given().auth().oauth2(s.contractor()).contentType(ContentType.JSON).body(Map.of("answers", allYes()))
                .put("/api/inspections/self-reports/" + id + "/answers").then().statusCode(200)
                .body("answers", hasSize(7));
        given().auth().oauth2(s.contractor()).multiPart("file", "誓約書.pdf", PDF, "application/pdf")
                .post("/api/inspections/self-reports/" + id + "/evidence").then().statusCode(201);
        given().auth().oauth2(s.contractor()).post("/api/inspections/self-reports/" + id + "/submission")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        long chunks = mongo.getCollection("evidence.chunks").countDocuments();
        given().auth().oauth2(s.contractor()).post("/api/inspections/self-reports/" + id + "/submission")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("この自己点検報告は提出済みのため"));
        given().auth().oauth2(s.contractor()).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("questionId", "Q1", "answer", "NO"))))
                .put("/api/inspections/self-reports/" + id + "/answers").then().statusCode(409);
        given().auth().oauth2(s.contractor()).multiPart("file", "追加.pdf", PDF, "application/pdf")
                .post("/api/inspections/self-reports/" + id + "/evidence").then().statusCode(409);
        assertEquals(chunks, mongo.getCollection("evidence.chunks").countDocuments());
        given().auth().oauth2(INSPECTOR).get("/api/inspections/self-reports/" + id).then()
                .body("answers.find { it.questionId == 'Q1' }.answer", equalTo("YES")).body("evidence", hasSize(1));
    }

    @Test
    void returnedReportNeedsCommentAndANewReportFollows() {
        Subject s = subject(TENANT_A, "LOW");
        String id = submitted(s);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "RETURN"))
                .post("/api/inspections/self-reports/" + id + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN", "comment", "Q5の消去記録の写しを添付してください。"))
                .post("/api/inspections/self-reports/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("reviewComment", startsWith("Q5"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPT"))
                .post("/api/inspections/self-reports/" + id + "/review").then().statusCode(409);
        String second = submitted(s);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPT"))
                .post("/api/inspections/self-reports/" + second + "/review").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void acceptedSelfReportSatisfiesThePlanOnlyWherePolicyAllows() {
        Subject low = subject(TENANT_A, "LOW");
        String lowReport = submitted(low);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPT"))
                .post("/api/inspections/self-reports/" + lowReport + "/review").then().statusCode(200)
                .body("satisfiesPlan", equalTo(true));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + low.engagement()).then()
                .body("items[0].lastDoneKind", equalTo("SELF_REPORT"))
                .body("items[0].lastDoneOn", equalTo(TestClock.today().toString()));

        Subject high = subject(TENANT_A, "HIGH");
        String highReport = submitted(high);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPT"))
                .post("/api/inspections/self-reports/" + highReport + "/review").then().statusCode(200)
                .body("satisfiesPlan", equalTo(false));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + high.engagement()).then()
                .body("items[0].lastDoneOn", equalTo(null));
    }

    @Test
    void contractorCannotReadOtherOrganisationsReport() {
        Subject s = subject(TENANT_A, "MEDIUM");
        String id = submitted(s);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, Fixtures.org())).get("/api/inspections/self-reports/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, Fixtures.org())).contentType(ContentType.JSON).body(Map.of("nodeId", s.node()))
                .post("/api/inspections/self-reports").then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_B, "inspector")).get("/api/inspections/self-reports/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPT")).post("/api/inspections/self-reports/" + id + "/review")
                .then().statusCode(403);
        given().auth().oauth2(s.contractor()).get("/api/inspections/self-reports/" + id).then().statusCode(200);
    }

    @Test
    void questionnairesAreVersionedPerTenant() {
        String tenant = "tenant-questions-" + UUID.randomUUID();
        Subject s = subject(tenant, "LOW");
        String id = given().auth().oauth2(s.contractor()).contentType(ContentType.JSON).body(Map.of("nodeId", s.node())).post("/api/inspections/self-reports")
                .then().statusCode(201).body("questionnaireVersion", equalTo(1)).extract().path("id");
        given().auth().oauth2(TestTokens.of(tenant, "protection-manager")).contentType(ContentType.JSON)
                .body(Map.of("title", "令和8年度 自己点検票", "questions", List.of(
                        Map.of("id", "A1", "text", "個人情報の取扱状況を台帳に記録していますか。", "kind", "YES_NO", "required", true),
                        Map.of("id", "A1", "text", "重複", "kind", "TEXT", "required", false))))
                .post("/api/inspections/questionnaires").then().statusCode(400);
        given().auth().oauth2(TestTokens.of(tenant, "protection-manager")).contentType(ContentType.JSON)
                .body(Map.of("title", "令和8年度 自己点検票", "questions", List.of(
                        Map.of("id", "A1", "text", "個人情報の取扱状況を台帳に記録していますか。", "kind", "YES_NO", "required", true))))
                .post("/api/inspections/questionnaires").then().statusCode(201).body("version", equalTo(2));
        given().auth().oauth2(s.contractor()).get("/api/inspections/questionnaires/current").then().body("version", equalTo(2));
        given().auth().oauth2(s.contractor()).get("/api/inspections/self-reports/" + id).then()
                .body("questionnaireVersion", equalTo(1)).body("questions", hasSize(8));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/questionnaires/current").then()
                .body("questions[0].id", equalTo("Q1"));
    }
}
