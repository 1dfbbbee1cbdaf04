package jp.itaku.contract.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.security.VerifiedTokenIdentities;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bearer token verified once is not verified again on its next requests (issue 17, {@link VerifiedTokenIdentities}):
 * what that skips must not open anything — a changed token, an expired one, a role or a tenant it lacks.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class VerifiedTokenReuseTest {

    @Inject
    VerifiedTokenIdentities verified;

    private static String createContractor(String token, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "orgCode", "org-" + UUID.randomUUID()))
                .post("/api/contracts/contractors").then().statusCode(201).extract().path("id");
    }

    @Test
    void aTokenVerifiedOnceIsKnownAndItsForgedVariantsAreNot() {
        String token = TestTokens.of(TENANT_A, "auditor");
        assertFalse(verified.isKnown(token));
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(200);
        assertTrue(verified.isKnown(token), "the second request should skip the signature check");
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(200);

        String tampered = TestTokens.tampered(token);
        assertFalse(verified.isKnown(tampered));
        given().auth().oauth2(tampered).get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(tampered).get("/api/contracts/contractors").then().statusCode(401);
        // a payload rewritten to another tenant, with the original signature
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String rewritten = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace(TENANT_A, TENANT_B).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(rewritten).get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(200);
    }

    @Test
    void aKnownTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String token = TestTokens.user("short-lived").tenant(TENANT_A).roles("auditor").expiresInSeconds(2).sign();
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(200);
        assertTrue(verified.isKnown(token));
        Thread.sleep(3_500);
        assertFalse(verified.isKnown(token));
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        String token = TestTokens.user("old").tenant(TENANT_A).roles("auditor").expired().sign();
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
        assertFalse(verified.isKnown(token));
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
    }

    @Test
    void aKnownTokenStillHasOnlyItsOwnRoles() {
        String contractor = TestTokens.contractor(TENANT_A, "org-" + UUID.randomUUID());
        given().auth().oauth2(contractor).get("/api/contracts/contractors").then().statusCode(200);
        assertTrue(verified.isKnown(contractor));
        given().auth().oauth2(contractor).contentType(ContentType.JSON).body(Map.of("name", "勝手な登録"))
                .post("/api/contracts/contractors").then().statusCode(403);
        // the service account's identity, known or not, opens no officer's list
        String service = TestTokens.service();
        given().auth().oauth2(service).get("/api/contracts/contractors").then().statusCode(403);
        given().auth().oauth2(service).get("/api/contracts/contractors").then().statusCode(403);
    }

    @Test
    void aTokenOfAClientNotItakusIsRefusedEachTime() {
        String token = TestTokens.user("console").tenant(TENANT_A).roles("auditor").authorizedParty("account-console").sign();
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(token).get("/api/contracts/contractors").then().statusCode(401);
    }

    @Test
    void knownTokensOfTwoTenantsEachSeeOnlyTheirOwn() {
        String officerA = TestTokens.of(TENANT_A, "procurement-officer");
        String officerB = TestTokens.of(TENANT_B, "procurement-officer");
        String ofA = createContractor(officerA, "A庁だけの委託先");
        String ofB = createContractor(officerB, "B庁だけの委託先");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officerA).get("/api/contracts/contractors/" + ofA).then().statusCode(200)
                    .body("name", equalTo("A庁だけの委託先"));
            given().auth().oauth2(officerB).get("/api/contracts/contractors/" + ofA).then().statusCode(404);
            given().auth().oauth2(officerB).get("/api/contracts/contractors/" + ofB).then().statusCode(200);
            given().auth().oauth2(officerA).get("/api/contracts/contractors/" + ofB).then().statusCode(404);
            given().auth().oauth2(officerB).get("/api/contracts/contractors?size=100").then().statusCode(200)
                    .body("items.id", not(hasItem(ofA)));
        }
        assertTrue(verified.isKnown(officerA));
        assertTrue(verified.isKnown(officerB));
    }
}
