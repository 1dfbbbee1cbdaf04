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
        // itaku-cli itself for a moment: the services accept tokens of Itaku's own clients only (azp)
        String previous = KeycloakAdmin.setTokenLifespan(Tokens.CLI_CLIENT, 10);
        String token;
        try {
            token = Tokens.passwordGrant(Tokens.CLI_CLIENT, "sho-auditor");
        } finally {
            KeycloakAdmin.restoreTokenLifespan(Tokens.CLI_CLIENT, previous);
        }
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
        // a token of another client of the realm, even one meant for the services (aud itaku-api), opens nothing
        KeycloakAdmin.createShortLivedClient(SHORT_LIVED_CLIENT, 60);
        try {
            String foreign = Tokens.passwordGrant(SHORT_LIVED_CLIENT, "sho-auditor");
            assertEquals(401, given().auth().oauth2(foreign).when().get(Itaku.service("contracts", Contractors.PATH))
                    .getStatusCode());
            assertEquals(401, given().auth().oauth2(foreign).when().get(Itaku.gateway(Contractors.PATH)).getStatusCode());
        } finally {
            KeycloakAdmin.deleteClient(SHORT_LIVED_CLIENT);
        }
    }

    /**
     * README (Security, Sessions): a deactivated user gets no new token at once, and the access token they already
     * hold stops working when it expires — the services verify tokens locally, so within the access-token lifetime
     * (here itaku-cli's shortened to 10 s; the realm's is 15 minutes).
     */
    @Test
    void tokenOfADeactivatedUserStopsWorkingWithinTheAccessTokenLifetime() throws InterruptedException {
        String username = "e2e-deactivated-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = "Itaku-e2e-" + java.util.UUID.randomUUID().toString().substring(0, 12);
        String userId = KeycloakAdmin.createContractorUser(username, password);
        try {
            String previous = KeycloakAdmin.setTokenLifespan(Tokens.CLI_CLIENT, 10);
            String token;
            try {
                token = grant(username, password).then().statusCode(200).extract().path("access_token");
            } finally {
                KeycloakAdmin.restoreTokenLifespan(Tokens.CLI_CLIENT, previous);
            }
            long lifetime = Long.parseLong(Tokens.claim(token, "exp")) - Long.parseLong(Tokens.claim(token, "iat"));
            assertEquals(10, lifetime);
            given().auth().oauth2(token).when().get(Itaku.gateway("/api/contracts/engagements")).then().statusCode(200);

            // deactivated through Itaku (contract-service's onboarding: Keycloak user disabled, sessions logged out)
            given().auth().oauth2(Tokens.of("sho-officer")).when()
                    .post(Itaku.gateway("/api/contracts/staff/" + userId + "/deactivation"))
                    .then().statusCode(200);
            int refused = grant(username, password).statusCode();
            assertEquals(true, refused == 400 || refused == 401, "a deactivated user got a new token: " + refused);

            long waitMillis = (Long.parseLong(Tokens.claim(token, "exp")) + 2) * 1000 - Instant.now().toEpochMilli();
            if (waitMillis > 0) {
                Thread.sleep(waitMillis);
            }
            assertJapaneseProblem(given().auth().oauth2(token).when().get(Itaku.gateway("/api/contracts/engagements")), 401);
            assertEquals(401, given().auth().oauth2(token).when()
                    .get(Itaku.service("contracts", "/api/contracts/engagements")).getStatusCode());
        } finally {
            KeycloakAdmin.deleteUser(userId);
        }
    }

    private static io.restassured.response.Response grant(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", Tokens.CLI_CLIENT)
                .formParam("username", username).formParam("password", password)
                .when().post(Itaku.REALM + "/protocol/openid-connect/token");
    }
}
