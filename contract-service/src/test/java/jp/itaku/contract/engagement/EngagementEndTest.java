package jp.itaku.contract.engagement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.outbox.OutboxEvent;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class EngagementEndTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");

    @Test
    void engagementEndsOnlyWithAnErasureCertificateAndAnnouncesIt() {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", org, Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, false)).statusCode(201);
        certificate(OFFICER, id, "erasure.pdf").statusCode(409).body("detail", containsString("履行中"));
        Fixtures.transition(OFFICER, id, "IN_PROGRESS").statusCode(200);
        Fixtures.upload(OFFICER, id, "late.txt", "追加の案".getBytes(StandardCharsets.UTF_8)).statusCode(409);
        Fixtures.transition(OFFICER, id, "ENDED").statusCode(409).body("detail", containsString("消去証明書"));

        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(OFFICER)
                .multiPart("file", "消去証明書.pdf", "%PDF-1.4 cert".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("erasedOn", "2999-01-01").multiPart("method", "上書き消去").multiPart("mediaReturned", "true")
                .post("/api/contracts/engagements/" + id + "/erasure-certificates").then().statusCode(400)
                .body("errors[0].field", equalTo("erasedOn"));
        certificate(OFFICER, id, "消去証明書.exe").statusCode(415);
        // the contractor's own user submits it
        certificate(TestTokens.contractor(TENANT_A, org), id, "消去証明書.pdf").statusCode(201)
                .body("fileName", equalTo("消去証明書.pdf")).body("mediaReturned", equalTo(true));
        certificate(OFFICER, id, "消去証明書.pdf").statusCode(409).body("detail", containsString("同じ内容"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/contracts/engagements/" + id + "/erasure-certificates")
                .then().statusCode(200).body("size()", equalTo(1));

        Fixtures.transition(OFFICER, id, "ENDED").statusCode(200).body("engagement.stateLabel", equalTo("終了"));
        List<OutboxEvent> events = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.list("aggregateId = ?1 order by createdAt", UUID.fromString(id)));
        assertEquals(List.of("engagement-approved", "engagement-ended"), events.stream().map(e -> e.type).toList());
        Fixtures.transition(OFFICER, id, "IN_PROGRESS").statusCode(409);
    }

    @Test
    void contractorEntersWrittenConfirmationsOnlyForItsOwnEngagements() {
        String org = "org-" + UUID.randomUUID();
        String own = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "自社", org), "OUTSOURCING");
        String other = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "他社", "org-" + UUID.randomUUID()), "OUTSOURCING");
        String contractor = TestTokens.contractor(TENANT_A, org);
        given().auth().oauth2(contractor).contentType("application/json").body(Fixtures.confirmationBody())
                .put("/api/contracts/engagements/" + own + "/confirmation").then().statusCode(200)
                .body("workers.size()", equalTo(2)).body("complete", equalTo(false))
                .body("updatedBy", equalTo("contractor@" + org));
        given().auth().oauth2(contractor).contentType("application/json").body(Fixtures.confirmationBody())
                .put("/api/contracts/engagements/" + other + "/confirmation").then().statusCode(404);
        given().auth().oauth2(OFFICER).contentType("application/json")
                .body(java.util.Map.of("responsible", java.util.Map.of("name", "山田"), "workers", List.of()))
                .put("/api/contracts/engagements/" + own + "/confirmation").then().statusCode(400)
                .body("errors.field", hasItems("workers", "responsible.title", "managementStructure"));
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(contractor)
                .multiPart("file", "体制図.xlsx", new byte[]{1, 2, 3}, "application/octet-stream")
                .post("/api/contracts/engagements/" + own + "/confirmation/attachment").then().statusCode(415);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + own + "/confirmation")
                .then().statusCode(200).body("responsible.name", equalTo("山田 太郎")).body("attachment", equalTo(null));
    }

    static io.restassured.response.ValidatableResponse certificate(String token, String id, String fileName) {
        return given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(token)
                .multiPart("file", fileName, ("%PDF-1.4 " + fileName).getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("erasedOn", "2026-01-10").multiPart("method", "専用ソフトによる上書き消去及びHDDの物理破壊")
                .multiPart("mediaReturned", "true")
                .post("/api/contracts/engagements/" + id + "/erasure-certificates").then();
    }
}
