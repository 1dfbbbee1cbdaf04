package jp.itaku.contract.draft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * {@code GET /api/contracts/drafts/latest}: each visible engagement's latest draft and its open elements, in one call;
 * another tenant's and another contractor's engagements never appear.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class LatestDraftResourceTest {

    /** A tenant of this test's own, so that the lists hold exactly what the test created. */
    final String tenant = "t-latest-" + UUID.randomUUID();
    final String officer = TestTokens.of(tenant, "procurement-officer");
    final String manager = TestTokens.of(tenant, "protection-manager");

    static String org() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void eachEngagementsLatestDraftWithItsOpenElements() {
        byte[] bare = Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8);
        String revised = Fixtures.engagement(officer, Fixtures.contractor(officer, "改訂あり", org()), "OUTSOURCING");
        Fixtures.upload(officer, revised, "v1.txt", bare).statusCode(201);
        Fixtures.upload(officer, revised, "v2.txt", Fixtures.resource("full.txt")).statusCode(201);
        String bareOnly = Fixtures.engagement(officer, Fixtures.contractor(officer, "初版のみ", org()), "OUTSOURCING");
        Fixtures.upload(officer, bareOnly, "bare.txt", bare).statusCode(201);
        Fixtures.engagement(officer, Fixtures.contractor(officer, "契約書案なし", org()), "OUTSOURCING");

        given().auth().oauth2(manager).get("/api/contracts/drafts/latest").then().statusCode(200)
                .body("", hasSize(2))
                .body("engagementId", equalTo(List.of(bareOnly, revised)))
                .body("find { it.engagementId == '" + revised + "' }.draft.version", equalTo(2))
                .body("find { it.engagementId == '" + revised + "' }.draft.fileName", equalTo("v2.txt"))
                .body("find { it.engagementId == '" + bareOnly + "' }.draft.version", equalTo(1))
                .body("find { it.engagementId == '" + bareOnly + "' }.openElements.id", hasItem("C2"))
                .body("find { it.engagementId == '" + bareOnly + "' }.openElements.status", everyItem(not(equalTo("satisfied"))))
                .body("find { it.engagementId == '" + bareOnly + "' }.openElements.find { it.id == 'C2' }.name",
                        equalTo("再委託の制限又は事前承認"))
                .body("find { it.engagementId == '" + bareOnly + "' }.openElements.find { it.id == 'C2' }.statusLabel",
                        equalTo("欠落"))
                .body("find { it.engagementId == '" + bareOnly + "' }.openElements.find { it.id == 'D1' }.required",
                        equalTo(false));
    }

    @Test
    void filtersByStateAndRefusesAnUnknownOne() {
        String drafting = Fixtures.engagement(officer, Fixtures.contractor(officer, "起案中", org()), "OUTSOURCING");
        Fixtures.upload(officer, drafting, "draft.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        String review = Fixtures.underReview(officer, "OUTSOURCING", org(), Fixtures.resource("full.txt"));

        given().auth().oauth2(manager).get("/api/contracts/drafts/latest?state=UNDER_REVIEW").then().statusCode(200)
                .body("engagementId", equalTo(List.of(review)));
        given().auth().oauth2(manager).get("/api/contracts/drafts/latest?state=NOPE").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("state"))
                .body("detail", containsString("不明な状態"));
    }

    @Test
    void anotherTenantAndAnotherContractorSeeNothingOfIt() {
        String org = org();
        String mine = Fixtures.engagement(officer, Fixtures.contractor(officer, "自社", org), "OUTSOURCING");
        Fixtures.upload(officer, mine, "mine.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        String theirs = Fixtures.engagement(officer, Fixtures.contractor(officer, "他社", org()), "OUTSOURCING");
        Fixtures.upload(officer, theirs, "theirs.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);

        String otherTenant = "t-latest-other-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.of(otherTenant, "protection-manager")).get("/api/contracts/drafts/latest")
                .then().statusCode(200).body("", hasSize(0));
        // the same organisation code in another tenant is another contractor
        given().auth().oauth2(TestTokens.contractor(otherTenant, org)).get("/api/contracts/drafts/latest")
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.contractor(tenant, org)).get("/api/contracts/drafts/latest")
                .then().statusCode(200).body("engagementId", equalTo(List.of(mine)));
    }

    @Test
    void needsAnItakuRole() {
        given().auth().oauth2(TestTokens.of(tenant, "platform-admin")).get("/api/contracts/drafts/latest")
                .then().statusCode(403);
        given().get("/api/contracts/drafts/latest").then().statusCode(401);
    }
}
