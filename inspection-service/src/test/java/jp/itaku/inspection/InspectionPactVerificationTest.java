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
import jp.itaku.common.testing.TestClock;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.check.Checklist;
import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Replays every pact a consumer wrote for inspection-service (pacts/ at the root: contract-service's ledger, outbox
 * delivery, chain-node read and audit report's reads — contract-service-inspection-service.json —, the portal's pages
 * — gateway-inspection-service.json) against this service, booted once with the suite's one profile. The state
 * handlers create the data through the public API in a tenant of this run's own; the request's bearer token is
 * replaced by one of that tenant (a consumer's token is meaningless here). A response that drops or renames a field a
 * consumer reads fails this build.
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

    /** contract-service's outbox: the approval of an engagement not received yet, a new event of this run's tenant. */
    @State("an engagement approved at contract-service")
    Map<String, Object> engagementToReceive() {
        token = TestTokens.service();
        return Map.of("eventId", UUID.randomUUID().toString(), "tenant", TENANT,
                "engagementId", UUID.randomUUID().toString());
    }

    /** contract-service's outbox: the end of an engagement whose approval was received. */
    @State("an engagement approved at contract-service and received")
    Map<String, Object> engagementReceived() {
        UUID engagement = Fixtures.engagement(TENANT, Fixtures.org(), "HIGH");
        token = TestTokens.service();
        return Map.of("eventId", UUID.randomUUID().toString(), "tenant", TENANT, "engagementId", engagement.toString());
    }

    /** contract-service's invitation of a subcontractor's users: an approved subcontractor, read by the officer. */
    @State("an approved subcontractor in the chain")
    Map<String, Object> approvedSubcontractor() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT, org, "HIGH");
        String node = Fixtures.approved(TENANT, org, Fixtures.rootNode(TENANT, engagement), "ベータ印刷株式会社", Fixtures.org());
        token = TestTokens.of(TENANT, "procurement-officer");
        return Map.of("node", node);
    }

    /** The portal's chain, plan and dashboard reads and its incident form: an approved engagement (chain and plan entry, root node) with an incident. */
    @State("an approved engagement with an open incident")
    Map<String, Object> engagementWithIncident() {
        UUID engagement = Fixtures.engagement(TENANT, Fixtures.org(), "HIGH");
        String root = Fixtures.rootNode(TENANT, engagement);
        token = TestTokens.of(TENANT, "inspector");
        String incident = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("nodeId", root, "title", "帳票1枚の誤送付"))
                .post("/api/inspections/incidents").then().statusCode(201).extract().path("summary.id");
        return Map.of("id", engagement.toString(), "incident", incident, "node", root);
    }

    /** The portal's check page and improvement list: a completed on-site check with a finding on MEDIA. */
    @State("a completed check with one finding")
    Map<String, Object> completedCheckWithFinding() {
        UUID engagement = Fixtures.engagement(TENANT, Fixtures.org(), "HIGH");
        token = TestTokens.of(TENANT, "inspector");
        return Map.of("id", completedCheck(engagement));
    }

    /** A completed on-site check of the engagement's plan entry, by the inspector, with a finding (and so an improvement request) on MEDIA. */
    String completedCheck(UUID engagement) {
        String inspector = TestTokens.of(TENANT, "inspector");
        String entry = given().auth().oauth2(inspector).get("/api/inspections/plan?engagementId=" + engagement)
                .then().statusCode(200).extract().path("items[0].id");
        Map<String, Object> start = new HashMap<>();
        start.put("planEntryId", entry);
        start.put("performedOn", TestClock.today().toString());
        start.put("place", "株式会社アルファ情報処理　本社データセンター");
        start.put("attendees", List.of("情報管理部長　山田太郎"));
        String check = given().auth().oauth2(inspector).contentType(ContentType.JSON).body(start)
                .post("/api/inspections/checks").then().statusCode(201).extract().path("id");
        for (Checklist.Item item : Checklist.ITEMS) {
            Map<String, Object> result = new HashMap<>();
            result.put("result", item.code().equals("MEDIA") ? "FINDING" : "COMPLIANT");
            if (item.code().equals("MEDIA")) {
                result.put("note", "USBメモリの接続制限が一部端末で未設定");
                result.put("deadline", TestClock.today().plusDays(60).toString());
            }
            given().auth().oauth2(inspector).contentType(ContentType.JSON).body(result)
                    .put("/api/inspections/checks/" + check + "/items/" + item.code()).then().statusCode(200);
        }
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Map.of("summary", "概ね適切に管理されている。"))
                .post("/api/inspections/checks/" + check + "/completion").then().statusCode(200);
        return check;
    }

    /**
     * contract-service's 監査報告書, read with the auditor's token: an approved engagement (plan entry) inspected with a
     * finding (an open improvement request), the contractor's self-report in draft and an incident.
     */
    @State("an inspected engagement with a finding, a self-report and an incident, read by the auditor")
    void engagementForTheAudit() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT, org, "HIGH");
        String root = Fixtures.rootNode(TENANT, engagement);
        completedCheck(engagement);
        given().auth().oauth2(TestTokens.contractor(TENANT, org)).contentType(ContentType.JSON)
                .body(Map.of("nodeId", root)).post("/api/inspections/self-reports").then().statusCode(201);
        given().auth().oauth2(TestTokens.of(TENANT, "inspector")).contentType(ContentType.JSON)
                .body(Map.of("nodeId", root, "title", "帳票1枚の誤送付")).post("/api/inspections/incidents")
                .then().statusCode(201);
        token = TestTokens.of(TENANT, "auditor");
    }

    /** The portal's self-report pages, as the contractor sees them: a self-report in draft with one answer. */
    @State("a contractor's self-report in draft")
    Map<String, Object> selfReportInDraft() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT, org, "HIGH");
        String root = Fixtures.rootNode(TENANT, engagement);
        token = TestTokens.contractor(TENANT, org);
        String report = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("nodeId", root))
                .post("/api/inspections/self-reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("questionId", "Q1", "answer", "YES"))))
                .put("/api/inspections/self-reports/" + report + "/answers").then().statusCode(200);
        return Map.of("id", report);
    }

    /** The portal's approval queue: a contractor's pending request to re-subcontract, read and decided by the protection manager. */
    @State("an approved engagement with a pending re-subcontracting request")
    Map<String, Object> pendingSubcontractRequest() {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT, org, "HIGH");
        String node = Fixtures.request(TENANT, org, Fixtures.rootNode(TENANT, engagement), "ベータ印刷株式会社", Fixtures.org());
        token = TestTokens.of(TENANT, "protection-manager");
        return Map.of("node", node);
    }
}
