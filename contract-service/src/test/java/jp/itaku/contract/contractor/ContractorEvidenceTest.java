package jp.itaku.contract.contractor;

import jp.itaku.common.testing.TestClock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ContractorEvidenceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    static Map<String, Object> body(String name, String corporateNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("corporateNumber", corporateNumber);
        body.put("address", "東京都千代田区霞が関1-1-1");
        body.put("contacts", List.of(Map.of("name", "高橋 次郎", "department", "公共営業部", "email", "takahashi@example.jp")));
        body.put("orgCode", "org-" + UUID.randomUUID());
        return body;
    }

    @Test
    void rejectsCorporateNumberWithWrongCheckDigit() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body("国税庁", "7000012050002"))
                .post("/api/contracts/contractors").then().statusCode(201).body("corporateNumber", equalTo("7000012050002"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body("誤った番号", "8000012050002"))
                .post("/api/contracts/contractors").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("corporateNumber"))
                .body("errors[0].message", containsString("チェックデジット"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body("桁不足", "12345"))
                .post("/api/contracts/contractors").then().statusCode(400)
                .body("errors[0].message", equalTo("法人番号は13桁の数字で入力してください。"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body("重複", "7000012050002"))
                .post("/api/contracts/contractors").then().statusCode(400)
                .body("errors[0].message", containsString("すでに登録"));
    }

    @Test
    void concurrentRegistrationsOfOneCorporateNumberKeepOneAndAnswerTheOthersClearly() throws Exception {
        String number = Fixtures.corporateNumber();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                answers.add(pool.submit(() -> given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                        .body(body("同時登録" + n, number)).post("/api/contracts/contractors").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400), statuses.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void expiredCertificationIsFlaggedWhereverTheContractorAppears() {
        String id = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body("株式会社期限切れ", Fixtures.corporateNumber()))
                .post("/api/contracts/contractors").then().statusCode(201)
                .body("certificationExpired", equalTo(false)).extract().path("id");
        certification(id, "ISMS", "IS 123456", TestClock.today().plusYears(1)).statusCode(201).body("expired", equalTo(false));
        given().auth().oauth2(OFFICER).get("/api/contracts/contractors/" + id).then().body("certificationExpired", equalTo(false));
        certification(id, "PRIVACY_MARK", "第10820001(05)号", LocalDate.of(2024, 3, 31)).statusCode(201)
                .body("expired", equalTo(true)).body("name", equalTo("プライバシーマーク"));
        given().auth().oauth2(OFFICER).get("/api/contracts/contractors/" + id).then()
                .body("certificationExpired", equalTo(true))
                .body("expiredCertifications[0]", containsString("プライバシーマーク（第10820001(05)号、令和6年3月31日期限切れ）"));
        given().auth().oauth2(OFFICER).get("/api/contracts/contractors?size=200").then()
                .body("items.find { it.id == '" + id + "' }.certificationExpired", equalTo(true));
        String engagement = Fixtures.engagement(OFFICER, id, "OUTSOURCING");
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + engagement).then()
                .body("engagement.contractor.certificationExpired", equalTo(true));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements?contractorId=" + id).then()
                .body("items[0].contractor.certificationExpired", equalTo(true));
        given().auth().oauth2(OFFICER).get("/api/contracts/contractors/" + id + "/selection-evidence").then()
                .body("certifications", hasSize(2)).body("certifications[1].expired", equalTo(true));
    }

    @Test
    void recordsIncidentsAndTheSelectionChecklistWithWhoAndWhen() {
        String id = Fixtures.contractor(OFFICER, "選定評価", "org-" + UUID.randomUUID());
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("occurredOn", "2023-06-01", "summary", "委託業務の書類を誤送付（1件）", "measures", "ダブルチェックの導入"))
                .post("/api/contracts/contractors/" + id + "/incidents").then().statusCode(201);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("occurredOn", "2999-01-01", "summary", "未来"))
                .post("/api/contracts/contractors/" + id + "/incidents").then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("item", "PRIVACY_POLICY", "fulfilled", true),
                        Map.of("item", "PAST_INCIDENTS", "fulfilled", true, "note", "令和5年の誤送付を確認、再発防止策は妥当"))))
                .put("/api/contracts/contractors/" + id + "/checklist").then().statusCode(200)
                .body("answered", equalTo(2)).body("total", equalTo(10));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("item", "NO_SUCH_ITEM", "fulfilled", true))))
                .put("/api/contracts/contractors/" + id + "/checklist").then().statusCode(400);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/contracts/contractors/" + id + "/selection-evidence")
                .then().statusCode(200)
                .body("incidents[0].summary", equalTo("委託業務の書類を誤送付（1件）"))
                .body("checklist.items.find { it.item == 'PAST_INCIDENTS' }.checkedBy", equalTo("procurement-officer@" + TENANT_A))
                .body("checklist.items.find { it.item == 'ACCESS_CONTROL' }.fulfilled", nullValue());
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-any")).get("/api/contracts/contractors/" + id + "/selection-evidence")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("item", "PRIVACY_POLICY", "fulfilled", false))))
                .put("/api/contracts/contractors/" + id + "/checklist").then().statusCode(403);
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).contentType(ContentType.JSON)
                .body(Map.of("occurredOn", "2023-06-01", "summary", "他庁から"))
                .post("/api/contracts/contractors/" + id + "/incidents").then().statusCode(404);
    }

    @Test
    void subsidiaryIsRecordedWithItsParent() {
        String parent = Fixtures.contractor(OFFICER, "親会社ホールディングス", "org-" + UUID.randomUUID());
        Map<String, Object> child = body("子会社サービス", Fixtures.corporateNumber());
        child.put("parentId", parent);
        String childId = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(child)
                .post("/api/contracts/contractors").then().statusCode(201)
                .body("parent.name", equalTo("親会社ホールディングス")).extract().path("id");
        given().auth().oauth2(OFFICER).get("/api/contracts/contractors/" + parent + "/selection-evidence").then()
                .body("subsidiaries[0].id", equalTo(childId));
        Map<String, Object> cycle = body("親会社ホールディングス", null);
        cycle.put("parentId", childId);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(cycle)
                .put("/api/contracts/contractors/" + parent).then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Map<String, Object> foreign = body("他庁の子会社", null);
        foreign.put("parentId", parent);
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).contentType(ContentType.JSON).body(foreign)
                .post("/api/contracts/contractors").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    static io.restassured.response.ValidatableResponse certification(String id, String kind, String number, LocalDate until) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "number", number, "validUntil", until.toString()))
                .post("/api/contracts/contractors/" + id + "/certifications").then();
    }
}
