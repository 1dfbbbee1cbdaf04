package jp.itaku.inspection.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class IncidentResourceTest {

    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final String CHIEF = TestTokens.of(TENANT_A, "chief-protection-manager");
    static final String AUDITOR = TestTokens.of(TENANT_A, "auditor");
    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Inject
    ItakuClock clock;

    @Inject
    Escalation escalation;

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    /** An engagement of org "alpha" with two approved subcontractors beneath it: "gamma" and its sibling "delta". */
    record Chain(UUID engagement, String alphaOrg, String alpha, String gammaOrg, String gamma, String deltaOrg, String delta) {
    }

    static Chain chain() {
        String alphaOrg = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, alphaOrg, "HIGH");
        String alpha = Fixtures.rootNode(TENANT_A, engagement);
        String gammaOrg = Fixtures.org();
        Map<String, Object> sub = Fixtures.subcontract("ガンマ・データ株式会社", gammaOrg);
        sub.put("subcontractText", Fixtures.SUBCONTRACT_TEXT + "第5条 乙は、漏えい等の事案が発生したときは、直ちに甲に報告する。\n");
        String gamma = given().auth().oauth2(TestTokens.contractor(TENANT_A, alphaOrg)).contentType(ContentType.JSON)
                .body(sub).post("/api/inspections/nodes/" + alpha + "/subcontracts").then().statusCode(201).extract().path("id");
        Fixtures.decide(TENANT_A, gamma, "APPROVE");
        String deltaOrg = Fixtures.org();
        String delta = Fixtures.approved(TENANT_A, alphaOrg, alpha, "デルタ入力株式会社", deltaOrg);
        return new Chain(engagement, alphaOrg, alpha, gammaOrg, gamma, deltaOrg, delta);
    }

    static Map<String, Object> notice(String node, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("nodeId", node);
        body.put("title", title);
        return body;
    }

    static ValidatableResponse file(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/inspections/incidents").then();
    }

    static String filed(String token, Map<String, Object> body) {
        return file(token, body).statusCode(201).extract().path("summary.id");
    }

    static List<Map<String, Object>> notices(String token, String incident) {
        return given().auth().oauth2(token).get("/api/inspections/incidents/notices?incidentId=" + incident)
                .then().statusCode(200).extract().path("$");
    }

    static int total(String token) {
        return given().auth().oauth2(token).get("/api/inspections/incidents?size=1").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void subcontractorFilesAReportableIncidentAndBothManagerAndChiefAreNotifiedAtOnce() {
        clock.fixAt(OffsetDateTime.parse("2026-12-02T10:00+09:00"));
        Chain c = chain();
        Map<String, Object> body = notice(c.gamma(), "委託業務用PCの紛失");
        body.put("categories", List.of("SENSITIVE"));
        body.put("discoveredOn", "2026-12-01");
        body.put("awareOn", "2026-11-01"); // a contractor cannot date the agency's awareness
        String id = file(TestTokens.contractor(TENANT_A, c.gammaOrg()), body).statusCode(201)
                .body("summary.reportable", equalTo(true))
                .body("summary.awareOn", equalTo("2026-12-02"))
                // day 5 is Sunday 12-06 → Monday 12-07; day 30 is 12-31 (closure) → 2027-01-04
                .body("summary.quickReport.due", equalTo("2026-12-07"))
                .body("summary.finalReport.due", equalTo("2027-01-04"))
                .body("summary.finalReport.daysLeft", equalTo(33))
                .body("summary.depth", equalTo(2))
                .body("steps.step", equalTo(List.of("RECEIPT", "TO_CHIEF")))
                .extract().path("summary.id");
        assertTrue(notices(MANAGER, id).stream().anyMatch(n -> n.get("recipientRole").equals("protection-manager")
                && n.get("kind").equals("NEW")));
        assertTrue(notices(CHIEF, id).stream().anyMatch(n -> n.get("recipientRole").equals("chief-protection-manager")
                && n.get("kind").equals("REPORTABLE")));
        given().auth().oauth2(CHIEF).get("/api/inspections/incidents/notices").then().statusCode(200)
                .body("incidentId", hasItem(id));
    }

    @Test
    void anUnlawfulPurposeGivesTheFinalReportSixtyDays() {
        clock.fixAt(OffsetDateTime.parse("2026-12-02T10:00+09:00"));
        Chain c = chain();
        Map<String, Object> body = notice(c.alpha(), "不正アクセスによる閲覧のおそれ");
        body.put("categories", List.of("UNLAWFUL_PURPOSE"));
        body.put("awareOn", "2026-07-02");
        // agency staff may date the awareness earlier: day 60 from 2026-07-02 is Sunday 08-30 → Monday 08-31
        file(MANAGER, body).statusCode(201).body("summary.finalReport.due", equalTo("2026-08-31"))
                .body("summary.finalReport.overdue", equalTo(true));
    }

    @Test
    void aNonReportableIncidentGoesToTheChiefWhenThePeopleCountPassesOneHundred() {
        clock.fixAt(OffsetDateTime.parse("2026-12-03T09:00+09:00"));
        Chain c = chain();
        Map<String, Object> body = notice(c.alpha(), "誤送付（件数調査中）");
        body.put("affectedCount", 12);
        String contractor = TestTokens.contractor(TENANT_A, c.alphaOrg());
        String id = file(contractor, body).statusCode(201).body("summary.reportable", equalTo(false))
                .body("steps.step", equalTo(List.of("RECEIPT"))).body("overHundredAt", nullValue())
                .extract().path("summary.id");
        assertTrue(notices(CHIEF, id).stream().noneMatch(n -> n.get("recipientRole").equals("chief-protection-manager")));

        clock.advance(Duration.ofHours(3));
        body.put("affectedCount", 140);
        given().auth().oauth2(contractor).contentType(ContentType.JSON).body(body).put("/api/inspections/incidents/" + id)
                .then().statusCode(200).body("summary.reportable", equalTo(true))
                .body("overHundredAt", notNullValue())
                .body("categoryCodes", hasItem("OVER_HUNDRED"))
                .body("steps.step", equalTo(List.of("RECEIPT", "TO_CHIEF")))
                .body("timeline.kind", hasItem("OVER_HUNDRED"));
        List<Map<String, Object>> chief = notices(CHIEF, id);
        assertTrue(chief.stream().anyMatch(n -> n.get("kind").equals("OVER_HUNDRED")), chief.toString());
        assertTrue(chief.stream().anyMatch(n -> n.get("kind").equals("REPORTABLE")), chief.toString());
    }

    @Test
    void theContractorAboveSeesItsSubtreeButASiblingAnotherTenantAndThePlatformAdminDoNot() {
        Chain c = chain();
        String id = filed(TestTokens.contractor(TENANT_A, c.gammaOrg()), notice(c.gamma(), "USBメモリの紛失"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.alphaOrg())).get("/api/inspections/incidents/" + id)
                .then().statusCode(200).body("summary.nodeName", equalTo("ガンマ・データ株式会社"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.alphaOrg())).get("/api/inspections/incidents?size=200")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.deltaOrg())).get("/api/inspections/incidents/" + id)
                .then().statusCode(404).body("title", equalTo("見つかりません"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.deltaOrg())).get("/api/inspections/incidents?size=200")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        // the sibling cannot file on gamma's node either
        file(TestTokens.contractor(TENANT_A, c.deltaOrg()), notice(c.gamma(), "他社の事故")).statusCode(400);
        given().auth().oauth2(TestTokens.of(TENANT_B, "protection-manager")).get("/api/inspections/incidents/" + id)
                .then().statusCode(404);
        given().auth().oauth2(AUDITOR).get("/api/inspections/incidents/" + id).then().statusCode(200);
        file(AUDITOR, notice(c.gamma(), "監査責任者は報告しない")).statusCode(403);
        given().auth().oauth2(TestTokens.user("root").roles("platform-admin").sign()).get("/api/inspections/incidents")
                .then().statusCode(403);
    }

    @Test
    void eachStepIsAcknowledgedByItsRecipientAndAnUnacknowledgedStepIsEscalated() {
        clock.fixAt(OffsetDateTime.parse("2026-12-04T09:00+09:00"));
        Chain c = chain();
        String id = filed(TestTokens.contractor(TENANT_A, c.alphaOrg()), notice(c.alpha(), "メール誤送信"));
        String path = "/api/inspections/incidents/" + id;
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body("{}").post(path + "/steps/RECEIPT/acknowledgement")
                .then().statusCode(403).body("detail", containsString("保護管理者"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("note", "受領しました"))
                .post(path + "/steps/RECEIPT/acknowledgement").then().statusCode(200)
                .body("acknowledgedBy", equalTo("protection-manager@" + TENANT_A))
                .body("acknowledgedAt", notNullValue());
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/steps/RECEIPT/acknowledgement")
                .then().statusCode(409);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/steps/NONSENSE/acknowledgement")
                .then().statusCode(400);
        // 長へ報告 needs the 総括's acknowledgement first
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("step", "TO_CHIEF", "note", "速やかに報告"))
                .post(path + "/steps").then().statusCode(200).body("requestedBy", equalTo("protection-manager@" + TENANT_A));
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body(Map.of("step", "TO_HEAD"))
                .post(path + "/steps").then().statusCode(409);

        clock.advance(Duration.ofHours(5));
        assertTrue(escalation.escalateOverdue() >= 1);
        given().auth().oauth2(CHIEF).get(path).then().statusCode(200)
                .body("steps.find { it.step == 'TO_CHIEF' }.escalatedAt", notNullValue())
                .body("steps.find { it.step == 'RECEIPT' }.escalatedAt", nullValue())
                .body("timeline.kind", hasItem("ESCALATED"));
        assertTrue(notices(CHIEF, id).stream().anyMatch(n -> n.get("kind").equals("ESCALATED")));
        int before = notices(CHIEF, id).size();
        escalation.escalateOverdue();
        assertEquals(before, notices(CHIEF, id).size(), "a step is escalated once");

        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body("{}").post(path + "/steps/TO_CHIEF/acknowledgement")
                .then().statusCode(200);
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body(Map.of("step", "TO_HEAD", "note", "長へ口頭報告"))
                .post(path + "/steps").then().statusCode(200);
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body(Map.of("note", "長の了知"))
                .post(path + "/steps/TO_HEAD/acknowledgement").then().statusCode(200);
        given().auth().oauth2(MANAGER).get(path).then()
                .body("steps.step", equalTo(List.of("RECEIPT", "TO_CHIEF", "TO_HEAD")))
                .body("steps.acknowledgedBy", equalTo(List.of("protection-manager@" + TENANT_A,
                        "chief-protection-manager@" + TENANT_A, "chief-protection-manager@" + TENANT_A)));
    }

    @Test
    void everyVersionOfThePpcReportKeepsTheNineItemsAsPdfAndCsv() throws IOException {
        clock.fixAt(OffsetDateTime.parse("2026-12-02T10:00+09:00"));
        Chain c = chain();
        Map<String, Object> body = notice(c.gamma(), "委託業務用PCの紛失");
        body.put("categories", List.of("SENSITIVE"));
        body.put("occurredOn", "2026-11-30");
        body.put("discoveredOn", "2026-12-01");
        body.put("discoverer", "ガンマ・データ株式会社 作業責任者");
        body.put("items", "氏名、住所、病歴");
        body.put("affectedCount", 40);
        body.put("facts", "11月30日夜、作業用PCを電車内に置き忘れた。");
        String id = filed(TestTokens.contractor(TENANT_A, c.gammaOrg()), body);
        String path = "/api/inspections/incidents/" + id;
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("kind", "QUICK"))
                .post(path + "/reports").then().statusCode(201).body("version", equalTo(1)).body("kindLabel", equalTo("速報"));
        body.put("cause", "持ち出し手順の不遵守");
        body.put("causeParty", "SUBCONTRACTOR");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("kind", "QUICK"))
                .post(path + "/reports").then().statusCode(201).body("version", equalTo(2));

        byte[] pdf = given().auth().oauth2(AUDITOR).get(path + "/reports/1/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        for (String heading : List.of("概要", "保有個人情報の項目", "本人の数", "原因", "二次被害又はそのおそれの有無及びその内容",
                "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置", "その他参考となる事項")) {
            assertTrue(text.contains(heading), heading + " missing in: " + text);
        }
        assertTrue(text.contains("令和8年12月2日"), text);
        assertTrue(text.contains("速報"), text);
        assertTrue(text.contains("氏名、住所、病歴"), text);
        assertTrue(text.contains("ガンマ・データ株式会社（再委託先）"), text);

        String v1 = new String(given().auth().oauth2(MANAGER).get(path + "/reports/1/csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String v2 = new String(given().auth().oauth2(MANAGER).get(path + "/reports/2/csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(v1.startsWith("\uFEFF\"番号\",\"項目\",\"内容\"\r\n"), v1);
        List<Integer> order = List.of("\"1\",\"概要\"", "\"2\",", "\"3\",", "\"4\",\"原因\"", "\"5\",", "\"6\",", "\"7\",",
                "\"8\",\"再発防止のための措置\"", "\"9\",\"その他参考となる事項\"").stream().map(v1::indexOf).toList();
        for (int i = 0; i < order.size(); i++) {
            assertTrue(order.get(i) > 0 && (i == 0 || order.get(i) > order.get(i - 1)), "item " + (i + 1) + " out of order: " + v1);
        }
        // the first version stays as it was reported; the 追完 carries the cause
        assertTrue(v1.contains("\"4\",\"原因\",\"（調査中）\""), v1);
        assertTrue(v2.contains("原因者：再委託先\n持ち出し手順の不遵守"), v2);
        given().auth().oauth2(MANAGER).get(path + "/reports/3/pdf").then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.gammaOrg())).get(path + "/reports/1/pdf").then().statusCode(403);
    }

    @Test
    void measuresOpenAnImprovementRequestAndAnAdHocInspectionAndClosureWaitsForTheChief() {
        Chain c = chain();
        String id = filed(TestTokens.contractor(TENANT_A, c.gammaOrg()), notice(c.gamma(), "書類の誤廃棄"));
        String path = "/api/inspections/incidents/" + id;
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body("{}").post(path + "/signoff")
                .then().statusCode(409).body("detail", containsString("再発防止策"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/closure")
                .then().statusCode(409).body("detail", containsString("再発防止策の記録と総括保護管理者の確認"));

        Map<String, Object> measure = new HashMap<>();
        measure.put("description", "書類廃棄時の二人確認を義務付ける");
        measure.put("status", "PLANNED");
        measure.put("dueOn", clock.today().plusDays(30).toString());
        measure.put("improvementDeadline", clock.today().plusDays(30).toString());
        measure.put("inspectionDueOn", clock.today().plusDays(14).toString());
        Map<String, Object> m = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(measure)
                .post(path + "/measures").then().statusCode(201).body("statusLabel", equalTo("実施予定"))
                .extract().path("$");
        String improvement = (String) m.get("improvementRequestId");
        String planEntry = (String) m.get("planEntryId");
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.gammaOrg())).get("/api/inspections/improvements/" + improvement)
                .then().statusCode(200).body("category", equalTo("事故等の再発防止"))
                .body("description", containsString("二人確認"));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan/" + planEntry).then().statusCode(200)
                .body("dueOn", equalTo(clock.today().plusDays(14).toString()));
        // the periodic entry of the node is still there beside the ad-hoc one
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + c.engagement() + "&size=50").then()
                .statusCode(200).body("items.findAll { it.nodeId == '" + c.gamma() + "' }", hasSize(2));

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/closure")
                .then().statusCode(409).body("detail", containsString("総括保護管理者の確認"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/signoff").then().statusCode(403);
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).body(Map.of("comment", "措置を確認")).post(path + "/signoff")
                .then().statusCode(200).body("signedOffBy", equalTo("chief-protection-manager@" + TENANT_A));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{}").post(path + "/closure")
                .then().statusCode(200).body("summary.status", equalTo("CLOSED")).body("timeline.kind", hasItem("CLOSED"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.gammaOrg())).contentType(ContentType.JSON)
                .body(notice(c.gamma(), "変更")).put(path).then().statusCode(409);
    }

    @Test
    void theLedgerShowsTheNodesPeriodicInspectionBesideAnAdHocOne() {
        Chain c = chain();
        String id = filed(TestTokens.contractor(TENANT_A, c.gammaOrg()), notice(c.gamma(), "書類の誤廃棄"));
        Map<String, Object> measure = new HashMap<>();
        measure.put("description", "書類廃棄時の二人確認を義務付ける");
        measure.put("status", "PLANNED");
        measure.put("dueOn", clock.today().plusDays(30).toString());
        measure.put("inspectionDueOn", clock.today().plusDays(14).toString());
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(measure)
                .post("/api/inspections/incidents/" + id + "/measures").then().statusCode(201);

        // two plan entries for the node (the periodic one and the ad-hoc one): the ledger reads the periodic one
        String nextDue = given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/inspections/ledger")
                .then().statusCode(200)
                .extract().path("nodes.find { it.id == '" + c.gamma() + "' }.inspection.nextDueOn");
        assertNotEquals(clock.today().plusDays(14).toString(), nextDue);
    }

    @Test
    void individualNotificationsAndThePublicationDecisionAreLogged() {
        Chain c = chain();
        String id = filed(MANAGER, notice(c.alpha(), "名簿の誤掲載"));
        String path = "/api/inspections/incidents/" + id;
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("notifiedAt", clock.now().minusHours(1).toString(), "method", "郵送", "people", 35))
                .post(path + "/individual-notices").then().statusCode(200)
                .body("individualNotices[0].people", equalTo(35)).body("individualNotices[0].method", equalTo("郵送"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("notifiedAt", clock.now().minusHours(1).toString(), "method", "郵送", "people", 0))
                .post(path + "/individual-notices").then().statusCode(400);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("decision", "NOT_PUBLISHED"))
                .put(path + "/publication").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("decision", "NOT_PUBLISHED", "reason", "全員に個別通知済みで二次被害のおそれがないため"))
                .put(path + "/publication").then().statusCode(200).body("publicationDecision", equalTo("NOT_PUBLISHED"))
                .body("ppcItems.find { it.number == '7' }.text", containsString("公表しない"))
                .body("ppcItems.find { it.number == '6' }.text", containsString("郵送"));
    }

    @Test
    void theFormShowsTheContractorsC4Clause() {
        Chain c = chain();
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.gammaOrg())).get("/api/inspections/incidents/clause?nodeId=" + c.gamma())
                .then().statusCode(200).body("sentences[0]", containsString("漏えい等の事案が発生したときは、直ちに甲に報告する"))
                .body("source", containsString("再委託契約書"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.alphaOrg())).get("/api/inspections/incidents/clause?nodeId=" + c.alpha())
                .then().statusCode(200).body("sentences[0]", containsString("第12条"))
                .body("source", equalTo("承認済み契約書案 第2版"));
        // delta's subcontract has no C4 sentence: the form says so instead of showing nothing
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.deltaOrg())).get("/api/inspections/incidents/clause?nodeId=" + c.delta())
                .then().statusCode(200).body("sentences", hasSize(0)).body("unavailable", containsString("C4"));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, c.deltaOrg())).get("/api/inspections/incidents/clause?nodeId=" + c.gamma())
                .then().statusCode(404);
    }

    @Test
    void badInputIsRefusedInJapaneseAndNothingIsStored() {
        Chain c = chain();
        String contractor = TestTokens.contractor(TENANT_A, c.gammaOrg());
        int before = total(MANAGER);

        Map<String, Object> unknown = notice(c.gamma(), "区分の誤り");
        unknown.put("categories", List.of("LEAKED_ALIENS"));
        file(contractor, unknown).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categories")).body("errors[0].message", containsString("LEAKED_ALIENS"));

        Map<String, Object> negative = notice(c.gamma(), "人数の誤り");
        negative.put("affectedCount", -1);
        file(contractor, negative).statusCode(400).body("errors[0].message", containsString("0以上"));

        Map<String, Object> future = notice(c.gamma(), "日付の誤り");
        future.put("discoveredOn", clock.today().plusDays(1).toString());
        file(contractor, future).statusCode(400).body("errors[0].field", equalTo("discoveredOn"))
                .body("errors[0].message", containsString("未来の日付"));

        Map<String, Object> both = notice(c.gamma(), "二つの誤り");
        both.put("affectedCount", -2);
        both.put("occurredOn", clock.today().plusDays(2).toString());
        file(contractor, both).statusCode(400).body("errors.field", hasItem("affectedCount"))
                .body("errors.field", hasItem("occurredOn"));

        Map<String, Object> local = notice(c.gamma(), "⑤は地方公共団体のみ");
        local.put("categories", List.of("LOCAL_SENSITIVE"));
        file(contractor, local).statusCode(400).body("errors[0].message", containsString("地方公共団体"));

        file(contractor, notice(c.gamma(), " ")).statusCode(400).body("errors[0].field", containsString("title"));
        assertEquals(before, total(MANAGER));

        String id = filed(contractor, notice(c.gamma(), "証拠ファイルの確認"));
        byte[] tooLarge = new byte[2 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        given().auth().oauth2(contractor).multiPart("file", "big.pdf", tooLarge, "application/pdf")
                .post("/api/inspections/incidents/" + id + "/evidence").then().statusCode(413)
                .body("detail", containsString("MB"));
        given().auth().oauth2(contractor).multiPart("file", "note.txt", "text".getBytes(), "text/plain")
                .post("/api/inspections/incidents/" + id + "/evidence").then().statusCode(415);
        given().auth().oauth2(MANAGER).get("/api/inspections/incidents/" + id).then().body("evidence", hasSize(0));
        given().auth().oauth2(contractor).multiPart("file", "report.pdf", PDF, "application/pdf")
                .post("/api/inspections/incidents/" + id + "/evidence").then().statusCode(201);
        given().auth().oauth2(MANAGER).get("/api/inspections/incidents/" + id).then().body("evidence", hasSize(1))
                .body("timeline.kind", hasItem("EVIDENCE"));
    }
}
