package jp.itaku.contract.engagement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class EngagementResourceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final String AUDITOR = TestTokens.of(TENANT_A, "auditor");

    @Test
    void createdEngagementStartsAsDraftingAndFlagsCloudAndForeignStorage() {
        String contractor = Fixtures.contractor(OFFICER, "株式会社印刷センター", "org-" + UUID.randomUUID());
        String id = Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id).then().statusCode(200)
                .body("engagement.state", equalTo("DRAFTING"))
                .body("engagement.stateLabel", equalTo("起案"))
                .body("engagement.sensitivityLabel", equalTo("高"))
                .body("engagement.kindLabel", equalTo("業務委託"))
                .body("engagement.contractor.name", equalTo("株式会社印刷センター"))
                .body("engagement.locations[0].needsReview", equalTo(false))
                .body("engagement.locations[1].needsReview", equalTo(true))
                .body("engagement.locationsNeedReview", equalTo(true))
                .body("history[0].to", equalTo("DRAFTING"))
                .body("history[0].by", equalTo("procurement-officer@" + TENANT_A));
    }

    @Test
    void otherTenantsEngagementIsNotFound() {
        String contractor = Fixtures.contractor(OFFICER, "A庁の委託先", "org-" + UUID.randomUUID());
        String id = Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        String otherOfficer = TestTokens.of(TENANT_B, "procurement-officer");
        given().auth().oauth2(otherOfficer).get("/api/contracts/engagements/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        Fixtures.transition(otherOfficer, id, "UNDER_REVIEW").statusCode(404);
        Fixtures.upload(otherOfficer, id, "a.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/contracts/engagements?size=200")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // another tenant's contractor cannot be used either
        given().auth().oauth2(otherOfficer).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(contractor, "OUTSOURCING", "LOW"))
                .post("/api/contracts/engagements").then().statusCode(400)
                .body("errors[0].field", equalTo("contractorId"));
    }

    @Test
    void contractorUserSeesOnlyItsOwnOrganisationsEngagements() {
        String org = "org-" + UUID.randomUUID();
        String own = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "自社", org), "OUTSOURCING");
        String other = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "他社", "org-" + UUID.randomUUID()), "OUTSOURCING");
        String contractor = TestTokens.contractor(TENANT_A, org);
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + own).then().statusCode(200);
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + other).then().statusCode(404);
        given().auth().oauth2(contractor).get("/api/contracts/engagements")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(own));
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + other + "/drafts").then().statusCode(404);
        Fixtures.upload(OFFICER, own, "own.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + own + "/drafts")
                .then().statusCode(200).body("size()", equalTo(1));
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + own + "/drafts/1/report.pdf")
                .then().statusCode(200);
        given().auth().oauth2(contractor).get("/api/contracts/engagements/export?format=json")
                .then().statusCode(200).body("id", equalTo(java.util.List.of(own)));
    }

    @Test
    void contractorUsersFollowTheirEngagementsWhenTheContractorsOrganisationChanges() {
        String oldOrg = "org-" + UUID.randomUUID();
        String newOrg = "org-" + UUID.randomUUID();
        String contractorId = Fixtures.contractor(OFFICER, "組織変更", oldOrg);
        String id = Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("name", "組織変更", "orgCode", newOrg))
                .put("/api/contracts/contractors/" + contractorId).then().statusCode(200);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, newOrg)).get("/api/contracts/engagements/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, oldOrg)).get("/api/contracts/engagements/" + id).then().statusCode(404);
    }

    @Test
    void chiefProtectionManagerAndInspectorReadAgencyWide() {
        String a = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "一社目", "org-" + UUID.randomUUID()), "OUTSOURCING");
        String b = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "二社目", "org-" + UUID.randomUUID()), "DISPATCH");
        for (String role : java.util.List.of("chief-protection-manager", "inspector", "protection-manager")) {
            given().auth().oauth2(TestTokens.of(TENANT_A, role)).get("/api/contracts/engagements?size=200")
                    .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems(a, b));
        }
        Fixtures.transition(TestTokens.of(TENANT_A, "chief-protection-manager"), a, "UNDER_REVIEW").statusCode(403);
    }

    @Test
    void contractorUserCannotChangeEngagements() {
        String org = "org-" + UUID.randomUUID();
        String contractorId = Fixtures.contractor(OFFICER, "自社", org);
        String own = Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        String contractor = TestTokens.contractor(TENANT_A, org);
        given().auth().oauth2(contractor).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(contractorId, "OUTSOURCING", "LOW"))
                .post("/api/contracts/engagements").then().statusCode(403);
        Fixtures.transition(contractor, own, "UNDER_REVIEW").statusCode(403);
        Fixtures.upload(contractor, own, "a.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(403);
    }

    @Test
    void auditorReadsEverythingAndChangesNothing() {
        String contractorId = Fixtures.contractor(OFFICER, "監査対象の委託先", "org-" + UUID.randomUUID());
        String id = Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "draft.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        given().auth().oauth2(AUDITOR).get("/api/contracts/engagements/" + id).then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/api/contracts/engagements/" + id + "/drafts/1").then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/api/contracts/engagements?size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(contractorId, "OUTSOURCING", "LOW"))
                .post("/api/contracts/engagements").then().statusCode(403);
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(contractorId, "OUTSOURCING", "LOW"))
                .put("/api/contracts/engagements/" + id).then().statusCode(403);
        Fixtures.transition(AUDITOR, id, "UNDER_REVIEW").statusCode(403);
        Fixtures.upload(AUDITOR, id, "b.txt", "別の本文".getBytes(StandardCharsets.UTF_8)).statusCode(403);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id)
                .then().body("engagement.state", equalTo("DRAFTING"));
    }

    @Test
    void platformAdminReadsNoAgencyData() {
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get("/api/contracts/engagements")
                .then().statusCode(403);
    }

    @Test
    void followsTheStateMachineAndRecordsWhoMovedIt() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "状態遷移テスト", "org-" + UUID.randomUUID()), "OUTSOURCING");
        Fixtures.transition(OFFICER, id, "UNDER_REVIEW").statusCode(409)
                .body("detail", containsString("契約書案がアップロードされていない"));
        Fixtures.upload(OFFICER, id, "draft.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        Fixtures.transition(OFFICER, id, "UNDER_REVIEW").statusCode(200).body("engagement.state", equalTo("UNDER_REVIEW"));
        Fixtures.transition(OFFICER, id, "APPROVED").statusCode(409).body("detail", containsString("保護管理者の承認"));
        Fixtures.transition(MANAGER, id, "DRAFTING").statusCode(200)
                .body("history.to", equalTo(java.util.List.of("DRAFTING", "UNDER_REVIEW", "DRAFTING")))
                .body("history[2].by", equalTo("protection-manager@" + TENANT_A));
    }

    @Test
    void rejectsUnknownAndImpossibleStateTransitions() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "遷移エラー", "org-" + UUID.randomUUID()), "OUTSOURCING");
        Fixtures.transition(OFFICER, id, "FINISHED").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to")).body("detail", containsString("不明な状態「FINISHED」"));
        // which moves exist and who may make them is EngagementMovesTest's; here: refused over HTTP, nothing written
        Fixtures.transition(OFFICER, id, "ENDED").statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements?state=NOPE").then().statusCode(400);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements?contractorId=not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("contractorId"));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id)
                .then().body("history.size()", equalTo(1));
    }

    @Test
    void rejectsInvalidEngagementInput() {
        String contractorId = Fixtures.contractor(OFFICER, "入力エラー", "org-" + UUID.randomUUID());
        Map<String, Object> body = new HashMap<>(Fixtures.engagementBody(contractorId, "OUTSOURCING", "HIGH"));
        body.put("sensitivity", "VERY_HIGH");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).post("/api/contracts/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("sensitivity"));
        body.put("sensitivity", "LOW");
        body.put("periodEnd", "2025-01-01");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).post("/api/contracts/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        body.put("periodEnd", "2027-01-01");
        body.put("locations", java.util.List.of());
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).post("/api/contracts/engagements")
                .then().statusCode(400).body("errors[0].message", containsString("場所"));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements?contractorId=" + contractorId)
                .then().body("total", equalTo(0));
    }

    @Test
    void draftingEngagementCanBeEditedButNotOnceUnderReview() {
        String contractorId = Fixtures.contractor(OFFICER, "編集", "org-" + UUID.randomUUID());
        String id = Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        Map<String, Object> body = new HashMap<>(Fixtures.engagementBody(contractorId, "OUTSOURCING", "MEDIUM"));
        body.put("title", "件名を修正した委託案件");
        body.put("locations", java.util.List.of(Map.of("purpose", "HANDLING", "placeType", "AGENCY_PREMISES", "description", "本庁舎")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).put("/api/contracts/engagements/" + id)
                .then().statusCode(200).body("title", equalTo("件名を修正した委託案件")).body("sensitivityLabel", equalTo("中"))
                .body("locations.size()", equalTo(1)).body("locationsNeedReview", equalTo(false));
        Fixtures.upload(OFFICER, id, "draft.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        Fixtures.transition(OFFICER, id, "UNDER_REVIEW").statusCode(200);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).put("/api/contracts/engagements/" + id)
                .then().statusCode(409).body("detail", containsString("「契約審査中」の委託案件は変更できません"));
    }

    @Test
    void listIsPagedNewestFirst() {
        String contractorId = Fixtures.contractor(OFFICER, "ページング", "org-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        }
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements?contractorId=" + contractorId + "&size=2&page=1")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(1))
                .body("sort", equalTo("createdAt,desc")).body("items.contractor.id", everyItem(equalTo(contractorId)));
    }
}
