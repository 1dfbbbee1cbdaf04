package jp.itaku.contract.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;

/**
 * A correctly signed token is not enough (issue 19): it must be meant for the services (aud itaku-api, which the
 * realm's audience mapper puts only into tokens of Itaku's own clients) and issued to one of those clients (azp).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class TokenChecksTest {

    private static TestTokens officer() {
        return TestTokens.user("sho-officer").tenant(TENANT_A).roles("procurement-officer");
    }

    @Test
    void tokenOfTheRealmsOwnClientsIsAccepted() {
        given().auth().oauth2(officer().sign()).get("/api/contracts/contractors").then().statusCode(200);
        given().auth().oauth2(officer().authorizedParty("itaku-portal").sign()).get("/api/contracts/contractors")
                .then().statusCode(200);
    }

    @Test
    void tokenMeantForAnotherAudienceIsRefused() {
        given().auth().oauth2(officer().audience("account").sign()).get("/api/contracts/contractors")
                .then().statusCode(401);
        given().auth().oauth2(officer().audience("some-other-api").sign()).get("/api/contracts/contractors")
                .then().statusCode(401);
    }

    @Test
    void tokenIssuedToAnotherClientIsRefusedEvenWithTheRightAudience() {
        given().auth().oauth2(officer().authorizedParty("account-console").sign()).get("/api/contracts/contractors")
                .then().statusCode(401);
        given().auth().oauth2(officer().authorizedParty("itaku-audit-events").sign()).get("/api/contracts/contractors")
                .then().statusCode(401);
        given().auth().oauth2(officer().authorizedParty(null).sign()).get("/api/contracts/contractors")
                .then().statusCode(401);
        // the service account (azp itaku-contract-service) still gets in where its role allows
        given().auth().oauth2(TestTokens.service()).get("/api/contracts/contractors").then().statusCode(403);
    }
}
