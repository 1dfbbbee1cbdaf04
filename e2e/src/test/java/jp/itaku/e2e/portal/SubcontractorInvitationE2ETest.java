package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;
import jp.itaku.e2e.OnboardingE2ETest;
import jp.itaku.e2e.RunningSystem;
import jp.itaku.e2e.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15 item 3: once the agency approved a subcontract, the subcontractor's first user is invited from the chain;
 * their org is the subcontractor's, so they see their own node and its subtree, not the contractor's node above.
 */
@ExtendWith(RunningSystem.class)
class SubcontractorInvitationE2ETest {

    private static final String GW = PortalBrowser.GATEWAY;

    @Test
    void approvedSubcontractorsFirstUserIsInvitedFromTheChainAndSeesOnlyItsSubtree() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        String engagement = PortalData.engagement(alpha, "再委託先の利用者招待");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        String root = PortalData.ownNode(engagement, "alpha-user");
        String org = "org-e2e-sub-" + UUID.randomUUID().toString().substring(0, 8);
        String node = LedgerE2ETest.subcontract("alpha-user", root, "招待先データ株式会社", org, false, "JP");
        String below = LedgerE2ETest.subcontract("alpha-user", root, "兄弟ノード株式会社",
                "org-e2e-sibling-" + UUID.randomUUID().toString().substring(0, 8), false, "JP");

        // the contractor at the top is invited from the contractor's page, not from the chain
        given().auth().oauth2(Tokens.of("sho-officer")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(OnboardingE2ETest.address("top"), null))
                .when().post(GW + "/api/contracts/subcontractors/" + root + "/users").then().statusCode(409);
        // a contractor user cannot invite through this door
        given().auth().oauth2(Tokens.of("alpha-user")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(OnboardingE2ETest.address("self"), null))
                .when().post(GW + "/api/contracts/subcontractors/" + node + "/users").then().statusCode(403);

        String email = OnboardingE2ETest.address("sub");
        given().auth().oauth2(Tokens.of("sho-officer")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(email, null))
                .when().post(GW + "/api/contracts/subcontractors/" + node + "/users")
                .then().statusCode(201).body("org", equalTo(org)).body("roles", equalTo(List.of("contractor")));
        given().auth().oauth2(Tokens.of("sho-officer")).when().get(GW + "/api/contracts/subcontractors/" + node + "/users")
                .then().statusCode(200).body("username", equalTo(List.of(email)));

        String token = OnboardingE2ETest.token(OnboardingE2ETest.accept(email, true));
        assertEquals(org, Tokens.claim(token, "org"));
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + node).then().statusCode(200)
                .body("orgCode", equalTo(org));
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + root).then().statusCode(404);
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + below).then().statusCode(404);
    }
}
