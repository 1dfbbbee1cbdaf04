package jp.itaku.inspection.chain;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.inspection.FakeContractService;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class ChainResourceTest {

    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");

    record Chain(UUID engagement, String alpha, String root, String beta, String n2, String gamma, String n3,
                 String delta, String n4, String sibling, String siblingNode) {
    }

    /** alpha (1) → beta (2) → gamma (3) → delta (4), and alpha → sibling (2), all approved. */
    static Chain fourDeep() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        String beta = Fixtures.org();
        String n2 = Fixtures.approved(TENANT_A, alpha, root, "ベータ株式会社", beta);
        String gamma = Fixtures.org();
        String n3 = Fixtures.approved(TENANT_A, beta, n2, "ガンマ株式会社", gamma);
        String delta = Fixtures.org();
        String n4 = Fixtures.approved(TENANT_A, gamma, n3, "デルタ株式会社", delta);
        String sibling = Fixtures.org();
        String siblingNode = Fixtures.approved(TENANT_A, alpha, root, "シブリング株式会社", sibling);
        return new Chain(engagement, alpha, root, beta, n2, gamma, n3, delta, n4, sibling, siblingNode);
    }

    @Test
    void chainFourDeepHasPlanEntriesAtEveryNode() {
        Chain c = fourDeep();
        given().auth().oauth2(INSPECTOR).get("/api/inspections/engagements/" + c.engagement() + "/chain")
                .then().statusCode(200).body("depth", containsInAnyOrder(1, 2, 3, 4, 2));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + c.engagement())
                .then().statusCode(200).body("total", equalTo(5))
                .body("items.nodeId", containsInAnyOrder(c.root(), c.n2(), c.n3(), c.n4(), c.siblingNode()))
                .body("items.find { it.depth == 4 }.inspectedBy", equalTo("PARENT"));
    }

    @Test
    void refusedOrPendingRequestHasNoPlanEntryAndNothingCanHangBelowIt() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "MEDIUM");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        String pendingOrg = Fixtures.org();
        String pending = Fixtures.request(TENANT_A, alpha, root, "保留中株式会社", pendingOrg);
        String refusedOrg = Fixtures.org();
        String refused = Fixtures.request(TENANT_A, alpha, root, "不承認株式会社", refusedOrg);
        Fixtures.decide(TENANT_A, refused, "REFUSE");

        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().body("total", equalTo(1)).body("items[0].nodeId", equalTo(root));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, refusedOrg)).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("孫請け株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + refused + "/subcontracts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("不承認となった再委託先の下には"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, pendingOrg)).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("孫請け株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + pending + "/subcontracts")
                .then().statusCode(409).body("detail", startsWith("承認前の再委託先の下には"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .post("/api/inspections/nodes/" + refused + "/decision").then().statusCode(409);
        given().auth().oauth2(INSPECTOR).get("/api/inspections/engagements/" + engagement + "/chain")
                .then().body("size()", equalTo(3));
    }

    @Test
    void cycleAndSecondParentAreRefused() {
        Chain c = fourDeep();
        // delta subcontracting back to alpha would make alpha its own ancestor
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.delta())).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("アルファ株式会社", c.alpha()))
                .post("/api/inspections/nodes/" + c.n4() + "/subcontracts")
                .then().statusCode(409).body("detail", startsWith("申請先の組織は連鎖の上位にすでに含まれています"));
        // the sibling taking gamma as well would give gamma a second parent
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.sibling())).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("ガンマ株式会社", c.gamma()))
                .post("/api/inspections/nodes/" + c.siblingNode() + "/subcontracts")
                .then().statusCode(409).body("detail", startsWith("この組織はすでにこの委託案件の連鎖に含まれています"));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/engagements/" + c.engagement() + "/chain")
                .then().body("size()", equalTo(5));
    }

    @Test
    void contractorSeesItsSubtreeButNotSiblingsNorOtherChains() {
        Chain c = fourDeep();
        Chain other = fourDeep();
        String beta = TestTokens.contractor(TENANT_A, c.beta());
        given().auth().oauth2(beta).get("/api/inspections/engagements/" + c.engagement() + "/chain")
                .then().statusCode(200).body("id", containsInAnyOrder(c.n2(), c.n3(), c.n4()));
        given().auth().oauth2(beta).get("/api/inspections/nodes/" + c.siblingNode()).then().statusCode(404);
        given().auth().oauth2(beta).get("/api/inspections/nodes/" + c.root()).then().statusCode(404);
        given().auth().oauth2(beta).get("/api/inspections/engagements/" + other.engagement()).then().statusCode(404);
        given().auth().oauth2(beta).get("/api/inspections/nodes/" + other.n3()).then().statusCode(404);
        given().auth().oauth2(beta).get("/api/inspections/plan?size=200")
                .then().statusCode(200).body("items.nodeId", containsInAnyOrder(c.n2(), c.n3(), c.n4()));

        String alpha = TestTokens.contractor(TENANT_A, c.alpha());
        given().auth().oauth2(alpha).get("/api/inspections/engagements/" + c.engagement() + "/chain")
                .then().body("size()", equalTo(5));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.sibling())).get("/api/inspections/nodes/" + c.n4())
                .then().statusCode(404);
    }

    @Test
    void onlyTheNodesOwnOrganisationMayRequestBelowIt() {
        Chain c = fourDeep();
        // alpha is above gamma and may see it, but the subcontract is gamma's to request
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.alpha())).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("イプシロン株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + c.n3() + "/subcontracts").then().statusCode(403);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.sibling())).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("イプシロン株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + c.n3() + "/subcontracts").then().statusCode(404);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Fixtures.subcontract("イプシロン株式会社", Fixtures.org()))
                .post("/api/inspections/nodes/" + c.n3() + "/subcontracts").then().statusCode(403);
    }

    @Test
    void managerSeesVerificationAndMustGiveReasonToApproveGaps() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        Map<String, Object> request = Fixtures.subcontract("条項不足株式会社", Fixtures.org());
        request.put("subcontractText", "第1条 乙は秘密を保持する。");
        String id = given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType(ContentType.JSON)
                .body(request).post("/api/inspections/nodes/" + root + "/subcontracts")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        given().auth().oauth2(MANAGER).get("/api/inspections/nodes/" + id).then().statusCode(200)
                .body("verification.elements.find { it.id == 'C2' }.status", equalTo("missing"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .post("/api/inspections/nodes/" + id + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("decision", "REFUSE"))
                .post("/api/inspections/nodes/" + id + "/decision").then().statusCode(400);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "comment", "x"))
                .post("/api/inspections/nodes/" + id + "/decision").then().statusCode(403);
        given().auth().oauth2(MANAGER).get("/api/inspections/nodes/" + id).then().body("status", equalTo("PENDING"));

        // every 第8-4 element satisfied (D1 concerns dispatch contracts only): no reason needed
        String complete = Fixtures.request(TENANT_A, alpha, root, "条項充足株式会社", Fixtures.org());
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE"))
                .post("/api/inspections/nodes/" + complete + "/decision").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("decidedBy", equalTo("protection-manager@" + TENANT_A));
    }

    @Test
    void unreachableVerifierAnswers503AndStoresNothing() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        Map<String, Object> request = Fixtures.subcontract("接続不可株式会社", Fixtures.org());
        request.put("subcontractFileName", "down.txt");
        given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType(ContentType.JSON).body(request)
                .post("/api/inspections/nodes/" + root + "/subcontracts")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("契約書検証サービスを利用できません"));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/engagements/" + engagement + "/chain")
                .then().body("size()", equalTo(1));
    }

    @Test
    void removingNodeEndsItsSubtreesPlanEntries() {
        Chain c = fourDeep();
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("reason", "再委託契約の解除"))
                .post("/api/inspections/nodes/" + c.n3() + "/removal").then().statusCode(200)
                .body("status", equalTo("REMOVED"));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + c.engagement())
                .then().body("items.nodeId", containsInAnyOrder(c.root(), c.n2(), c.siblingNode()));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/nodes/" + c.n4()).then().body("status", equalTo("REMOVED"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/inspections/nodes/" + c.root() + "/removal").then().statusCode(409);
    }

    @Test
    void otherAgencyAndPlatformAdminCannotReadTheChain() {
        Chain c = fourDeep();
        given().auth().oauth2(TestTokens.of(TENANT_B, "inspector")).get("/api/inspections/nodes/" + c.n2())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_B, "chief-protection-manager"))
                .get("/api/inspections/engagements/" + c.engagement() + "/chain").then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get("/api/inspections/nodes/" + c.n2())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of(TENANT_A, "chief-protection-manager")).get("/api/inspections/nodes/" + c.n4())
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/inspections/plan?size=200")
                .then().body("items.nodeId", not(hasItem(c.n2())));
    }

    @Test
    void badRequestFieldsGetJapaneseErrors() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        Map<String, Object> request = Fixtures.subcontract(" ", Fixtures.org());
        request.put("corporateNumber", "12-3");
        given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType(ContentType.JSON).body(request)
                .post("/api/inspections/nodes/" + root + "/subcontracts").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("corporateNumber", "name"));
    }
}
