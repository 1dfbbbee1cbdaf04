package jp.itaku.inspection.chain;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestClock;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * GET /api/inspections/engagements/{id}/chain/tree (issue 16 item 2): every node with its next inspection and the
 * worst concern of its subtree; a contractor's tree stops at its own node, another agency gets 404.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class ChainTreeResourceTest {

    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");

    private static String tree(UUID engagement) {
        return "/api/inspections/engagements/" + engagement + "/chain/tree";
    }

    /** Records a completed check of the node's periodic entry on the day given (moves its due date on from it). */
    private static void inspected(UUID engagement, String node, java.time.LocalDate on) {
        String entry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().statusCode(200).extract().path("items.find { it.nodeId == '" + node + "' }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("planEntryId", entry);
        body.put("performedOn", on.toString());
        body.put("place", "委託先事業所");
        body.put("attendees", List.of("責任者"));
        String check = given().auth().oauth2(INSPECTOR).contentType("application/json").body(body)
                .post("/api/inspections/checks").then().statusCode(201).extract().path("id");
        given().auth().oauth2(INSPECTOR).get("/api/inspections/checks/" + check).then().extract().<List<String>>path("items.code")
                .forEach(code -> given().auth().oauth2(INSPECTOR).contentType("application/json")
                        .body(Map.of("result", "COMPLIANT")).put("/api/inspections/checks/" + check + "/items/" + code)
                        .then().statusCode(200));
        given().auth().oauth2(INSPECTOR).contentType("application/json").body(Map.of())
                .post("/api/inspections/checks/" + check + "/completion").then().statusCode(200);
    }

    @Test
    void anOverdueInspectionAtTheThirdLevelRollsUpToTheTopAndAContractorSeesOnlyItsSubtree() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        String beta = Fixtures.org();
        String n2 = Fixtures.approved(TENANT_A, alpha, root, "ベータ株式会社", beta);
        String gamma = Fixtures.org();
        String n3 = Fixtures.approved(TENANT_A, beta, n2, "ガンマ株式会社", gamma);
        String sibling = Fixtures.org();
        String siblingNode = Fixtures.approved(TENANT_A, alpha, root, "シブリング株式会社", sibling);
        inspected(engagement, n3, TestClock.today().minusYears(5));

        given().auth().oauth2(INSPECTOR).get(tree(engagement)).then().statusCode(200)
                .body("node.id", containsInAnyOrder(root, n2, n3, siblingNode))
                .body("find { it.node.id == '" + n3 + "' }.nextInspection.state", equalTo("OVERDUE"))
                .body("find { it.node.id == '" + n3 + "' }.concern", equalTo("INSPECTION_OVERDUE"))
                .body("find { it.node.id == '" + root + "' }.concern", not(equalTo("INSPECTION_OVERDUE")))
                .body("find { it.node.id == '" + root + "' }.subtreeConcern", equalTo("INSPECTION_OVERDUE"))
                .body("find { it.node.id == '" + root + "' }.subtreeConcernAt", equalTo(n3))
                .body("find { it.node.id == '" + root + "' }.subtreeConcernCount", equalTo(1))
                .body("find { it.node.id == '" + n2 + "' }.subtreeConcern", equalTo("INSPECTION_OVERDUE"))
                .body("find { it.node.id == '" + siblingNode + "' }.subtreeConcern", not(equalTo("INSPECTION_OVERDUE")));

        // beta's user: its node and what hangs below it, nothing above or beside
        given().auth().oauth2(TestTokens.contractor(TENANT_A, beta)).get(tree(engagement)).then().statusCode(200)
                .body("node.id", containsInAnyOrder(n2, n3))
                .body("find { it.node.id == '" + n2 + "' }.subtreeConcern", equalTo("INSPECTION_OVERDUE"));
        // the sibling's user does not learn of the overdue inspection in another branch
        given().auth().oauth2(TestTokens.contractor(TENANT_A, sibling)).get(tree(engagement)).then().statusCode(200)
                .body("node.id", equalTo(List.of(siblingNode)))
                .body("subtreeConcern", everyItem(not(equalTo("INSPECTION_OVERDUE"))))
                .body("subtreeConcernAt", not(hasItem(n3)));
        // gamma's user at the bottom sees its own node only
        given().auth().oauth2(TestTokens.contractor(TENANT_A, gamma)).get(tree(engagement)).then().statusCode(200)
                .body("node.id", equalTo(List.of(n3)));
        // another agency, an organisation outside the chain, the platform operator
        given().auth().oauth2(TestTokens.of(TENANT_B, "chief-protection-manager")).get(tree(engagement))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, Fixtures.org())).get(tree(engagement))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get(tree(engagement)).then().statusCode(403);
    }

    @Test
    void aPendingRequestWithAGapShowsItsUnmetElementAndRollsUpAsAwaitingApproval() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alpha, "HIGH");
        String root = Fixtures.rootNode(TENANT_A, engagement);
        Map<String, Object> request = Fixtures.subcontract("申請中株式会社", Fixtures.org());
        // no clause on subcontracting: the verifier reports C2 missing
        request.put("subcontractText", "第1条 乙は、本業務において知り得た個人情報の秘密を保持する。");
        String pending = given().auth().oauth2(TestTokens.contractor(TENANT_A, alpha)).contentType("application/json")
                .body(request).post("/api/inspections/nodes/" + root + "/subcontracts")
                .then().statusCode(201).extract().path("id");
        String refused = Fixtures.request(TENANT_A, alpha, root, "不承認株式会社", Fixtures.org());
        Fixtures.decide(TENANT_A, refused, "REFUSE");

        given().auth().oauth2(INSPECTOR).get(tree(engagement)).then().statusCode(200)
                .body("find { it.node.id == '" + pending + "' }.unmetElements", equalTo(List.of("C2")))
                .body("find { it.node.id == '" + pending + "' }.nextInspection", equalTo(null))
                .body("find { it.node.id == '" + pending + "' }.concern", equalTo("APPROVAL_PENDING"))
                .body("find { it.node.id == '" + refused + "' }.unmetElements", equalTo(List.of()))
                .body("find { it.node.id == '" + refused + "' }.concern", equalTo("NONE"))
                .body("find { it.node.id == '" + root + "' }.nextInspection.state", equalTo("SCHEDULED"))
                .body("find { it.node.id == '" + root + "' }.concern", equalTo("NONE"))
                .body("find { it.node.id == '" + root + "' }.subtreeConcern", equalTo("APPROVAL_PENDING"))
                .body("find { it.node.id == '" + root + "' }.subtreeConcernAt", equalTo(pending));
    }
}
