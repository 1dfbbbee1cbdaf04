package jp.itaku.contract.onboarding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/**
 * Everything an invitation checks before Keycloak is asked to create anyone. These tests run without a Keycloak
 * (the admin client points at a closed port): each bad input must be refused in Japanese before any call, and a
 * Keycloak that cannot be reached answers 503 with nothing stored. What Keycloak itself does is OnboardingE2ETest's.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class OnboardingResourceTest {

    private static Map<String, Object> invitation(String email, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("lastName", "山田");
        body.put("firstName", "太郎");
        if (roles != null) {
            body.put("roles", roles);
        }
        return body;
    }

    private static long changes(String tenant) {
        return given().auth().oauth2(TestTokens.of(tenant, "chief-protection-manager"))
                .get("/api/contracts/staff/changes").then().statusCode(200).extract().<List<?>>path("$").size();
    }

    @Test
    void malformedAddressIsRefusedBesideTheField() {
        given().auth().oauth2(TestTokens.of(TENANT_A, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(invitation("yamada@", List.of("inspector"))).post("/api/contracts/staff")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", equalTo("メールアドレスの形式が正しくありません。"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(invitation("", List.of("inspector"))).post("/api/contracts/staff")
                .then().statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void aManagerMayNotGrantChiefAndAnOfficerMayNotInviteStaff() {
        String tenant = "tenant-grant-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.of(tenant, "protection-manager")).contentType(ContentType.JSON)
                .body(invitation("new@example.jp", List.of("inspector", "chief-protection-manager")))
                .post("/api/contracts/staff")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("「総括保護管理者」のロールを付与する権限がありません。"));
        given().auth().oauth2(TestTokens.of(tenant, "procurement-officer")).contentType(ContentType.JSON)
                .body(invitation("new@example.jp", List.of("chief-protection-manager"))).post("/api/contracts/staff")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of(tenant, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(invitation("new@example.jp", List.of("platform-admin"))).post("/api/contracts/staff")
                .then().statusCode(400).body("detail", equalTo("「platform-admin」は機関職員のロールではありません。"));
        given().auth().oauth2(TestTokens.of(tenant, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(invitation("new@example.jp", List.of())).post("/api/contracts/staff")
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        org.junit.jupiter.api.Assertions.assertEquals(0, changes(tenant));
    }

    @Test
    void contractorUsersAreOnlyContractorsOfAVisibleContractorWithAnOrganisationCode() {
        String officer = TestTokens.of(TENANT_A, "procurement-officer");
        String withOrg = Fixtures.contractor(officer, "招待テスト株式会社", "org-" + UUID.randomUUID());
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(invitation("k@example.jp", List.of("chief-protection-manager")))
                .post("/api/contracts/contractors/" + withOrg + "/users")
                .then().statusCode(400).body("detail", equalTo("委託先の利用者に付与できるのは委託先担当者のロールだけです。"));
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).contentType(ContentType.JSON)
                .body(invitation("k@example.jp", null)).post("/api/contracts/contractors/" + withOrg + "/users")
                .then().statusCode(404).contentType("application/problem+json");
        String noOrg = given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("name", "組織コードなし株式会社"))
                .post("/api/contracts/contractors").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(invitation("k@example.jp", null))
                .post("/api/contracts/contractors/" + noOrg + "/users")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.startsWith("この委託先には組織コードがない"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).contentType(ContentType.JSON)
                .body(invitation("k@example.jp", null)).post("/api/contracts/contractors/" + withOrg + "/users")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-x")).contentType(ContentType.JSON)
                .body(invitation("k@example.jp", null)).post("/api/contracts/contractors/" + withOrg + "/users")
                .then().statusCode(403);
    }

    @Test
    void keycloakOutOfReachAnswers503AndRecordsNothing() {
        String tenant = "tenant-kc-down-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.of(tenant, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(invitation("someone@example.jp", List.of("inspector"))).post("/api/contracts/staff")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("認証基盤を利用できません"));
        org.junit.jupiter.api.Assertions.assertEquals(0, changes(tenant));
    }

    @Test
    void onlyThePlatformOperatorRegistersAgenciesAndABadRequestStoresNone() {
        String admin = TestTokens.user("platform-admin").roles("platform-admin").sign();
        String id = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> agency = new HashMap<>(Map.of("id", id, "name", "試験市", "kind", "LOCAL_GOVERNMENT",
                "citation", "CURRENT", "chief", invitation("chief@" + id + ".example.jp", null)));
        given().auth().oauth2(TestTokens.of(TENANT_A, "chief-protection-manager")).contentType(ContentType.JSON)
                .body(agency).post("/api/contracts/agencies").then().statusCode(403);
        Map<String, Object> badKind = new HashMap<>(agency);
        badKind.put("kind", "COMPANY");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badKind).post("/api/contracts/agencies")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> badId = new HashMap<>(agency);
        badId.put("id", "Bad ID");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badId).post("/api/contracts/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        // Keycloak is out of reach here: the chief cannot be invited, so the agency is not kept either
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(agency).post("/api/contracts/agencies")
                .then().statusCode(503);
        given().auth().oauth2(admin).get("/api/contracts/agencies").then().statusCode(200)
                .body("id", not(hasItem(id)));
        // and platform-admin still reads no agency data
        given().auth().oauth2(admin).get("/api/contracts/contractors").then().statusCode(403);
        given().auth().oauth2(admin).get("/api/contracts/staff").then().statusCode(403);
    }
}
