package jp.itaku.inspection.chain;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * {@code GET /api/inspections/subcontract-requests}: every pending re-subcontracting request of the tenant in one
 * call, with its engagement's title; a contractor sees only those in its own subtree, another tenant none.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class PendingSubcontractResourceTest {

    /** A tenant of this test's own, so that the list holds exactly what the test created. */
    final String tenant = "t-pending-" + UUID.randomUUID();
    final String manager = TestTokens.of(tenant, "protection-manager");

    @Test
    void everyPendingRequestOfEveryEngagementInOneList() {
        String alpha = Fixtures.org();
        UUID first = Fixtures.engagement(tenant, alpha, "HIGH");
        String root = Fixtures.rootNode(tenant, first);
        String beta = Fixtures.org();
        String approved = Fixtures.approved(tenant, alpha, root, "ベータ株式会社", beta);
        String underBeta = Fixtures.request(tenant, beta, approved, "ガンマ株式会社", Fixtures.org());
        String sibling = Fixtures.request(tenant, alpha, root, "シブリング株式会社", Fixtures.org());
        String refused = Fixtures.request(tenant, alpha, root, "認めない株式会社", Fixtures.org());
        Fixtures.decide(tenant, refused, "REFUSE");
        String omega = Fixtures.org();
        UUID second = Fixtures.engagement(tenant, omega, "HIGH");
        String other = Fixtures.request(tenant, omega, Fixtures.rootNode(tenant, second), "オメガ下請株式会社", Fixtures.org());

        given().auth().oauth2(manager).get("/api/inspections/subcontract-requests").then().statusCode(200)
                .body("", hasSize(3))
                .body("node.id", containsInAnyOrder(underBeta, sibling, other))
                .body("node.status", equalTo(List.of("PENDING", "PENDING", "PENDING")))
                .body("find { it.node.id == '" + underBeta + "' }.node.depth", equalTo(3))
                .body("find { it.node.id == '" + underBeta + "' }.node.name", equalTo("ガンマ株式会社"))
                .body("find { it.node.id == '" + underBeta + "' }.node.engagementId", equalTo(first.toString()))
                .body("find { it.node.id == '" + other + "' }.engagementTitle", equalTo("住民情報システム運用保守業務"));

        // a contractor: the requests in its own subtree only
        given().auth().oauth2(TestTokens.contractor(tenant, beta)).get("/api/inspections/subcontract-requests")
                .then().statusCode(200).body("node.id", equalTo(List.of(underBeta)));
        given().auth().oauth2(TestTokens.contractor(tenant, omega)).get("/api/inspections/subcontract-requests")
                .then().statusCode(200).body("node.id", equalTo(List.of(other)));
    }

    @Test
    void anotherTenantSeesNone() {
        String alpha = Fixtures.org();
        UUID engagement = Fixtures.engagement(tenant, alpha, "HIGH");
        Fixtures.request(tenant, alpha, Fixtures.rootNode(tenant, engagement), "ベータ株式会社", Fixtures.org());
        String otherTenant = "t-pending-other-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.of(otherTenant, "protection-manager")).get("/api/inspections/subcontract-requests")
                .then().statusCode(200).body("", hasSize(0));
        // the same organisation code in another tenant is another contractor
        given().auth().oauth2(TestTokens.contractor(otherTenant, alpha)).get("/api/inspections/subcontract-requests")
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(manager).get("/api/inspections/subcontract-requests")
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void needsAnItakuRole() {
        given().auth().oauth2(TestTokens.of(tenant, "platform-admin")).get("/api/inspections/subcontract-requests")
                .then().statusCode(403);
        given().get("/api/inspections/subcontract-requests").then().statusCode(401);
    }
}
