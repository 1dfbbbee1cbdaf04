package jp.itaku.inspection;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Replays every pact a consumer wrote for inspection-service (pacts/ at the root: contract-service's ledger, the
 * portal's pages) against this service, booted once with the suite's one profile. The state handlers create the
 * data through the public API in a tenant of this run's own; the request's bearer token is replaced by one of that
 * tenant (a consumer's token is meaningless here). A response that drops or renames a field a consumer reads fails
 * this build.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
@Provider("inspection-service")
@PactFolder("../pacts")
class InspectionPactVerificationTest {

    static final String TENANT = "t-pact-" + UUID.randomUUID();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** The token the replayed request carries; a state handler may pick another role. */
    String token = TestTokens.of(TENANT, "auditor");

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void replay(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", "Bearer " + token);
        context.verifyInteraction();
    }

    @State("division 情報政策課 has an approved contractor")
    void approvedContractorInDivision() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = Fixtures.approvedEvent(eventId, TENANT, UUID.randomUUID(), Fixtures.org(), "HIGH");
        event.put("division", "情報政策課");
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(event)
                .put("/api/inspections/events/" + eventId).then().statusCode(200);
        token = TestTokens.of(TENANT, "auditor");
    }

    /** The portal's chain, plan and dashboard reads: an approved engagement (chain and plan entry) with an incident. */
    @State("an approved engagement with an open incident")
    Map<String, Object> engagementWithIncident() {
        UUID engagement = Fixtures.engagement(TENANT, Fixtures.org(), "HIGH");
        String root = Fixtures.rootNode(TENANT, engagement);
        token = TestTokens.of(TENANT, "inspector");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nodeId", root, "title", "帳票1枚の誤送付"))
                .post("/api/inspections/incidents").then().statusCode(201);
        return Map.of("id", engagement.toString());
    }
}
