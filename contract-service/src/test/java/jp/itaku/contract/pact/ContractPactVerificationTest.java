package jp.itaku.contract.pact;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.ContractTestResources;
import jp.itaku.contract.support.Fixtures;
import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import java.util.Map;
import java.util.UUID;

/**
 * Replays every pact a consumer wrote for contract-service (pacts/ at the root: the portal's pages,
 * gateway-contract-service.json; inspection-service's calls) against this service, booted once with the suite's profile. State handlers create the data through the
 * public API in a tenant of this run's own and answer the ids the pacts' paths take; the bearer token is replaced by
 * one of that tenant. A response that drops or renames a field a consumer reads fails this build.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ContractTestResources.class, restrictToAnnotatedClass = false)
@Provider("contract-service")
@PactFolder("../pacts")
class ContractPactVerificationTest {

    static final String TENANT = "t-pact-" + UUID.randomUUID();
    static final String OFFICER = TestTokens.of(TENANT, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT, "protection-manager");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    String token = OFFICER;

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

    @State("an engagement with one verified draft")
    Map<String, Object> engagementWithDraft() {
        String contractor = Fixtures.contractor(OFFICER, "株式会社アルファ", "org-" + UUID.randomUUID().toString().substring(0, 8));
        String id = Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "契約書案.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        token = OFFICER;
        return Map.of("id", id, "contractor", contractor);
    }

    /** The auditor's pages of the portal: a tenant whose officer has exported its engagements (an access record). */
    @State("an auditor of a tenant with access records")
    void auditorWithRecords() {
        String contractor = Fixtures.contractor(OFFICER, "株式会社監査", "org-" + UUID.randomUUID().toString().substring(0, 8));
        Fixtures.engagement(OFFICER, contractor, "OUTSOURCING");
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/export").then().statusCode(200);
        token = TestTokens.of(TENANT, "auditor");
    }

    /** Approved on its first draft (the full text: every clause found), read as inspection-service does: an inspector. */
    @State("an approved engagement whose draft has every clause")
    Map<String, Object> approvedEngagement() {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", "org-" + UUID.randomUUID().toString().substring(0, 8),
                Fixtures.resource("full.txt"));
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, false)).statusCode(201);
        token = TestTokens.of(TENANT, "inspector");
        return Map.of("id", id);
    }

    /** inspection-service's re-subcontracting request: the contractor asking has its subcontract text verified. */
    @State("a contractor of the tenant")
    void contractorOfTheTenant() {
        token = TestTokens.contractor(TENANT, "org-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The portal's dashboard and approval queue: an engagement under review whose draft misses clauses, read (and sent back) by a manager. */
    @State("an engagement under review whose draft misses clauses")
    Map<String, Object> engagementUnderReview() {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", "org-" + UUID.randomUUID().toString().substring(0, 8),
                Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        token = MANAGER;
        return Map.of("id", id);
    }
}
