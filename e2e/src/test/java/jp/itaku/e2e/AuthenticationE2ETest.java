package jp.itaku.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static jp.itaku.e2e.Problems.assertJapaneseProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may call at all: no token, an expired token and a forged token are refused by the gateway and by each service. */
@ExtendWith(RunningSystem.class)
class AuthenticationE2ETest {

    private static final String SHORT_LIVED_CLIENT = "itaku-e2e-short-lived";

    @Test
    void gatewayRefusesApiCallWithoutToken() {
        assertJapaneseProblem(given().when().get(Itaku.gateway(Contractors.PATH)), 401);
    }

    @ParameterizedTest
    @FieldSource("jp.itaku.e2e.ServiceApis#LISTS")
    void serviceCalledDirectlyWithoutTokenRefusesTheCall(ServiceApis.ListApi api) {
        assertEquals(401, given().when().get(Itaku.service(api.service(), api.path())).getStatusCode(),
                "the gateway is not the only lock: " + api);
    }

    @ParameterizedTest
    @FieldSource("jp.itaku.e2e.ServiceApis#LISTS")
    void serviceCalledDirectlyWithValidTokenAnswers(ServiceApis.ListApi api) {
        given().auth().oauth2(Tokens.of(api.allowedUser()))
                .when().get(Itaku.service(api.service(), api.path()))
                .then().statusCode(200);
    }

    @Test
    void tokenWithChangedSignatureIsRefusedByGatewayAndService() {
        String forged = Tokens.withChangedSignature(Tokens.of("sho-officer"));
        assertJapaneseProblem(given().auth().oauth2(forged).when().get(Itaku.gateway(Contractors.PATH)), 401);
        assertEquals(401, given().auth().oauth2(forged).when().get(Itaku.service("contracts", Contractors.PATH))
                .getStatusCode());
    }

    @Test
    void tokenWhoseTenantClaimWasRewrittenIsRefused() {
        String token = Tokens.of("sho-officer");
        String otherAgency = Tokens.withChangedClaim(token, "tenant", "demo-sho", "demo-kikou");
        assertJapaneseProblem(given().auth().oauth2(otherAgency).when().get(Itaku.gateway(Contractors.PATH)), 401);
        assertEquals(401, given().auth().oauth2(otherAgency).when().get(Itaku.service("contracts", Contractors.PATH))
                .getStatusCode());
    }

    @Test
    void expiredKeycloakTokenIsRefusedByGatewayAndService() throws InterruptedException {
        KeycloakAdmin.createShortLivedClient(SHORT_LIVED_CLIENT, 3);
        try {
            String token = Tokens.passwordGrant(SHORT_LIVED_CLIENT, "sho-auditor");
            long expiresAt = Long.parseLong(Tokens.claim(token, "exp"));
            // still valid: the same token is accepted before it expires
            given().auth().oauth2(token).when().get(Itaku.gateway(Contractors.PATH)).then().statusCode(200);
            long waitMillis = (expiresAt + 2) * 1000 - Instant.now().toEpochMilli();
            if (waitMillis > 0) {
                Thread.sleep(waitMillis);
            }
            assertJapaneseProblem(given().auth().oauth2(token).when().get(Itaku.gateway(Contractors.PATH)), 401);
            assertEquals(401, given().auth().oauth2(token).when().get(Itaku.service("contracts", Contractors.PATH))
                    .getStatusCode());
        } finally {
            KeycloakAdmin.deleteClient(SHORT_LIVED_CLIENT);
        }
    }
}
