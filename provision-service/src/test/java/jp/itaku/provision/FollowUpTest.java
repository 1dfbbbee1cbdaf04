package jp.itaku.provision;

import jp.itaku.common.testing.TestClock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.text.JapaneseDates;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class FollowUpTest {

    @Inject
    DataSource db;

    /** Moves a provision's recorded start into the past, as if it had been started days ago. */
    void startedDaysAgo(String provisionId, int days) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update provision.provision set started_at = now() - make_interval(days => ?) where id = ?")) {
            s.setInt(1, days);
            s.setObject(2, UUID.fromString(provisionId));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String today() {
        return TestClock.today().toString();
    }

    static Map<String, Object> investigation(String timing, String result) {
        Map<String, Object> body = new HashMap<>();
        body.put("timing", timing);
        body.put("conductedOn", TestClock.today().minusDays(3).toString());
        body.put("investigator", "検査担当　鈴木一郎");
        body.put("place", "提供先本社 情報管理室");
        body.put("findings", "保管庫の施錠は適切。アクセス記録の定期確認が行われていない。");
        body.put("result", result);
        return body;
    }

    static String improvement(String tenant, String provisionId, String deadline) {
        return as(tenant, "inspector").body(Map.of("requestedOn", today(), "content", "アクセス記録を月次で確認すること",
                        "deadline", deadline))
                .post("/api/provisions/" + provisionId + "/improvement-requests").then().statusCode(201)
                .body("state", equalTo("OPEN")).extract().path("id");
    }

    @Test
    void safetyMeasureRequestIsRecordedWithTheAgreementAndCitesArticle70() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        Api.issue(tenant, id);
        String requestId = as(tenant, "protection-manager")
                .body(Map.of("requestedOn", today(), "method", "書面の交付", "measures", "利用後の消去と消去証明書の提出"))
                .post("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(201)
                .body("legalBasis", equalTo("個人情報の保護に関する法律第70条")).body("agreementVersion", equalTo(1))
                .body("recordedBy", equalTo("protection-manager@" + tenant)).body("recipientResponse", nullValue())
                .extract().path("id");
        as(tenant, "procurement-officer").body(Map.of("recipientResponse", "措置を講ずる旨の回答書を受領", "respondedOn", today()))
                .post("/api/provisions/" + id + "/safety-measure-requests/" + requestId + "/response").then().statusCode(200)
                .body("responseRecordedBy", equalTo("procurement-officer@" + tenant));
        as(tenant, "procurement-officer").body(Map.of("recipientResponse", "上書き", "respondedOn", today()))
                .post("/api/provisions/" + id + "/safety-measure-requests/" + requestId + "/response").then().statusCode(409);
        as(tenant, "auditor").get("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(200)
                .body("[0].recipientResponse", equalTo("措置を講ずる旨の回答書を受領"));
    }

    @Test
    void legacySafetyMeasureRequestCitesTheOldArticle() {
        String tenant = Api.newTenant();
        Api.settings(tenant, "ADMINISTRATIVE_ORGAN", "LEGACY");
        String id = Api.completeProvision(tenant);
        as(tenant, "procurement-officer")
                .body(Map.of("requestedOn", today(), "method", "書面の交付", "measures", "施錠保管"))
                .post("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(201)
                .body("legalBasis", equalTo("法第9条（行政機関の保有する個人情報の保護に関する法律）"));
    }

    @Test
    void safetyMeasureResponseBeforeTheRequestIsRejected() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        as(tenant, "procurement-officer").body(Map.of("requestedOn", today(), "method", "書面", "measures", "施錠保管",
                        "recipientResponse", "了承", "respondedOn", TestClock.today().minusDays(1).toString()))
                .post("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("respondedOn"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/safety-measure-requests").then().body("size()", equalTo(0));
    }

    @Test
    void inspectorRecordsInvestigationsBeforeProvisionAndAtAnyTime() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        as(tenant, "inspector").body(investigation("BEFORE_PROVISION", "SATISFACTORY"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(201)
                .body("timingLabel", equalTo("提供前")).body("recordedBy", equalTo("inspector@" + tenant));
        Api.issue(tenant, id);
        as(tenant, "procurement-officer").post("/api/provisions/" + id + "/start").then().statusCode(200);
        startedDaysAgo(id, 10);
        as(tenant, "inspector").body(investigation("BEFORE_PROVISION", "SATISFACTORY"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(400)
                .body("errors[0].field", equalTo("conductedOn")).body("errors[0].message", containsString("提供開始日"));
        Map<String, Object> future = investigation("AT_ANY_TIME", "SATISFACTORY");
        future.put("conductedOn", TestClock.today().plusDays(1).toString());
        as(tenant, "inspector").body(future).post("/api/provisions/" + id + "/investigations").then().statusCode(400)
                .body("errors[0].message", equalTo("実施日に未来の日付は指定できません。"));
        as(tenant, "inspector").body(investigation("AT_ANY_TIME", "IMPROVEMENT_REQUIRED"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(201)
                .body("resultLabel", equalTo("改善を要する"));
        as(tenant, "auditor").get("/api/provisions/" + id + "/investigations").then().statusCode(200)
                .body("size()", equalTo(2));
        for (String role : new String[]{"procurement-officer", "protection-manager", "auditor", "chief-protection-manager"}) {
            as(tenant, role).body(investigation("AT_ANY_TIME", "SATISFACTORY"))
                    .post("/api/provisions/" + id + "/investigations").then().statusCode(403);
        }
        as(tenant, "inspector").body(Map.of("timing", "YEARLY", "conductedOn", today(), "investigator", "x",
                        "findings", "x", "result", "SATISFACTORY"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(400)
                .body("errors[0].field", equalTo("timing"));
    }

    @Test
    void improvementRequestCannotBeClosedWithoutAResult() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        String requestId = improvement(tenant, id, TestClock.today().plusDays(30).toString());
        String close = "/api/provisions/" + id + "/improvement-requests/" + requestId + "/close";
        as(tenant, "inspector").body("{}").post(close).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("result"))
                .body("errors[0].message", containsString("改善の結果"));
        as(tenant, "inspector").body(Map.of("result", "   ")).post(close).then().statusCode(400);
        as(tenant, "inspector").post(close).then().statusCode(400);
        as(tenant, "auditor").get("/api/provisions/" + id + "/improvement-requests").then()
                .body("items[0].state", equalTo("OPEN")).body("items[0].result", nullValue());

        as(tenant, "inspector").body(Map.of("result", "月次のアクセス記録確認を開始したことを記録簿で確認", "completedOn", today()))
                .post(close).then().statusCode(200).body("state", equalTo("CLOSED")).body("stateLabel", equalTo("完了"))
                .body("closedBy", equalTo("inspector@" + tenant));
        as(tenant, "protection-manager").body(Map.of("result", "再度")).post(close).then().statusCode(409);
        as(tenant, "auditor").body(Map.of("result", "x")).post(close).then().statusCode(403);
    }

    @Test
    void improvementDeadlineBeforeTheRequestIsRejectedAndOverdueOnesAreListed() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        as(tenant, "inspector").body(Map.of("requestedOn", today(), "content", "x",
                        "deadline", TestClock.today().minusDays(1).toString()))
                .post("/api/provisions/" + id + "/improvement-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"))
                .body("errors[0].message", equalTo("改善の期限は要求日以降の日付を指定してください。"));
        as(tenant, "inspector").body(Map.of("requestedOn", TestClock.today().minusDays(40).toString(),
                        "content", "消去証明書の提出", "deadline", TestClock.today().minusDays(10).toString()))
                .post("/api/provisions/" + id + "/improvement-requests").then().statusCode(201).body("overdue", equalTo(true));
        String onTime = improvement(tenant, id, TestClock.today().plusDays(10).toString());
        as(tenant, "chief-protection-manager").get("/api/provisions/improvement-requests?overdue=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].content", equalTo("消去証明書の提出"));
        as(tenant, "chief-protection-manager").get("/api/provisions/improvement-requests?state=OPEN").then()
                .body("total", equalTo(2)).body("items.id", hasItem(onTime));
        as(Api.readyTenant(), "auditor").get("/api/provisions/improvement-requests").then()
                .body("items.id", not(hasItem(onTime)));
    }

    @Test
    void improvementRequestMustReferToAnInvestigationOfTheSameProvision() {
        String tenant = Api.readyTenant();
        String a = Api.completeProvision(tenant);
        String b = Api.completeProvision(tenant);
        String investigationOfA = as(tenant, "inspector").body(investigation("AT_ANY_TIME", "IMPROVEMENT_REQUIRED"))
                .post("/api/provisions/" + a + "/investigations").then().statusCode(201).extract().path("id");
        as(tenant, "inspector").body(Map.of("investigationId", investigationOfA, "requestedOn", today(), "content", "x",
                        "deadline", today()))
                .post("/api/provisions/" + b + "/improvement-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("investigationId"));
        as(tenant, "inspector").body(Map.of("investigationId", investigationOfA, "requestedOn", today(), "content", "x",
                        "deadline", today()))
                .post("/api/provisions/" + a + "/improvement-requests").then().statusCode(201);
    }

    @Test
    void anotherTenantCannotReachFollowUps() {
        String tenant = Api.readyTenant();
        String id = Api.completeProvision(tenant);
        String requestId = improvement(tenant, id, today());
        String other = Api.readyTenant();
        as(other, "inspector").body(investigation("AT_ANY_TIME", "SATISFACTORY"))
                .post("/api/provisions/" + id + "/investigations").then().statusCode(404);
        as(other, "inspector").body(Map.of("result", "x"))
                .post("/api/provisions/" + id + "/improvement-requests/" + requestId + "/close").then().statusCode(404);
        as(other, "auditor").get("/api/provisions/" + id + "/safety-measure-requests").then().statusCode(404);
        as(tenant, "auditor").get("/api/provisions/" + id + "/improvement-requests").then()
                .body("items[0].state", equalTo("OPEN"));
    }
}
