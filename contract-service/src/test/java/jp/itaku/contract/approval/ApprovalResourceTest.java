package jp.itaku.contract.approval;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.outbox.OutboxEvent;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ApprovalResourceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final byte[] BARE = Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8);

    @Inject
    EntityManager em;

    static String org() {
        return "org-" + UUID.randomUUID();
    }

    @Test
    void approvalIsRefusedWhileAnElementIsMissing() {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org(), BARE);
        // the reason's length is the request's validation (400); which elements may be excused is ApprovalCheckTest's
        Fixtures.approve(MANAGER, id, 1, List.of(Map.of("elementId", "C2", "reason", "短い"))).statusCode(400)
                .body("errors[0].field", containsString("reason"));
        Fixtures.approve(MANAGER, id, 1, List.of()).statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("承認できません"))
                .body("errors.field", hasItem("exceptions.C2"))
                .body("errors.find { it.field == 'exceptions.C2' }.message", containsString("再委託の制限又は事前承認"));
        given().auth().oauth2(MANAGER).get("/api/contracts/engagements/" + id + "/approval").then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/contracts/engagements/" + id)
                .then().body("engagement.state", equalTo("UNDER_REVIEW"));
        assertEquals(0, outbox(id).size());
    }

    @Test
    void approvalWithReasonedExceptionsRecordsWhoWhenAndWhichVersion() {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org(), BARE);
        Fixtures.upload(OFFICER, id, "draft-v2.txt", Fixtures.resource("full.txt")).statusCode(201);
        List<Map<String, String>> exceptions = Fixtures.exceptionsFor(MANAGER, id, 2, false);
        Fixtures.approve(MANAGER, id, 1, exceptions).statusCode(409).body("detail", containsString("第2版"));
        Fixtures.approve(MANAGER, id, 2, exceptions).statusCode(201)
                .body("draftVersion", equalTo(2))
                .body("approvedBy", equalTo("protection-manager@" + TENANT_A))
                .body("approvedAt", notNullValue())
                .body("exceptions.size()", equalTo(exceptions.size()));
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/contracts/engagements/" + id + "/approval")
                .then().statusCode(200).body("draftVersion", equalTo(2));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id)
                .then().body("engagement.state", equalTo("APPROVED"))
                .body("history[-1].by", equalTo("protection-manager@" + TENANT_A));
        Fixtures.approve(MANAGER, id, 2, exceptions).statusCode(409);
        List<OutboxEvent> events = outbox(id);
        assertEquals(1, events.size());
        assertEquals("engagement-approved", events.get(0).type);
    }

    @Test
    void dispatchEngagementWithWorkerConfidentialityIsApproved() {
        String id = Fixtures.underReview(OFFICER, "DISPATCH", org(), Fixtures.resource("dispatch-d1.txt"));
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, true)).statusCode(201);
    }

    @Test
    void approvalRequiresTheWrittenConfirmations() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "確認書なし", org()), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "full.txt", Fixtures.resource("full.txt")).statusCode(201);
        Fixtures.transition(OFFICER, id, "UNDER_REVIEW").statusCode(200);
        Fixtures.approve(MANAGER, id, 1, List.of()).statusCode(409).body("detail", containsString("書面による確認事項"));
    }

    @Test
    void onlyAProtectionManagerOfTheAgencyApproves() {
        String org = org();
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org, Fixtures.resource("full.txt"));
        Fixtures.approve(OFFICER, id, 1, List.of()).statusCode(403);
        Fixtures.approve(TestTokens.contractor(TENANT_A, org), id, 1, List.of()).statusCode(403);
        Fixtures.approve(TestTokens.of(TENANT_A, "auditor"), id, 1, List.of()).statusCode(403);
        Fixtures.approve(TestTokens.of(TENANT_A, "chief-protection-manager"), id, 1, List.of()).statusCode(403);
        Fixtures.approve(TestTokens.of(TENANT_B, "protection-manager"), id, 1, List.of()).statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/contracts/engagements/" + id)
                .then().body("engagement.state", equalTo("UNDER_REVIEW"));
    }

    @Test
    void recordedApprovalCannotBeChangedEvenInTheDatabase() {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org(), BARE);
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, false)).statusCode(201);
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update contract.approval set approved_by = 'someone-else' where engagement_id = :id")
                        .setParameter("id", UUID.fromString(id)).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from contract.approval_exception").executeUpdate()));
        given().auth().oauth2(MANAGER).get("/api/contracts/engagements/" + id + "/approval")
                .then().body("approvedBy", equalTo("protection-manager@" + TENANT_A));
    }

    static List<OutboxEvent> outbox(String engagementId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.list("aggregateId", UUID.fromString(engagementId)));
    }
}
