package jp.itaku.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.e2e.Problems.assertJapaneseProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incidents (S6, guideline 第9) through the gateway with the real Keycloak: in デモ省's engagement 住民基本台帳システム運用保守業務
 * the chain is アルファ (alpha-user) → ベータ (beta-user, 再委託先) and its sibling デルタ (delta-user).
 */
@ExtendWith(RunningSystem.class)
class IncidentE2ETest {

    static final String PATH = "/api/inspections/incidents";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static String betaNode;
    static String deltaNode;

    @BeforeAll
    static void chain() {
        List<String> engagements = given().auth().oauth2(Tokens.of("beta-user")).queryParam("size", 200)
                .get(Itaku.gateway("/api/inspections/engagements")).then().statusCode(200).extract().path("items.id");
        for (String engagement : engagements) {
            List<Map<String, Object>> nodes = given().auth().oauth2(Tokens.of("sho-inspector"))
                    .get(Itaku.gateway("/api/inspections/engagements/" + engagement + "/chain")).then().statusCode(200)
                    .extract().path("$");
            for (Map<String, Object> node : nodes) {
                if ("org-beta".equals(node.get("orgCode")) && ((Integer) node.get("depth")) == 2) {
                    betaNode = (String) node.get("id");
                    deltaNode = nodes.stream().filter(n -> "org-delta".equals(n.get("orgCode")))
                            .map(n -> (String) n.get("id")).findFirst().orElseThrow();
                }
            }
        }
        assertTrue(betaNode != null, "demo chain アルファ → ベータ / デルタ not found");
    }

    static Map<String, Object> report(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("nodeId", betaNode);
        body.put("title", "【E2E】" + title);
        return body;
    }

    static Response post(String user, String path, Object body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).post(Itaku.gateway(path));
    }

    static int total(String user) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("size", 1).get(Itaku.gateway(PATH)).then()
                .statusCode(200).extract().path("total");
    }

    static List<String> noticeKinds(String user, String incident, String role) {
        return given().auth().oauth2(Tokens.of(user)).queryParam("incidentId", incident)
                .get(Itaku.gateway(PATH + "/notices")).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.recipientRole == '" + role + "' }.kind");
    }

    @Test
    void aSubcontractorsIncidentGoesUpTheReportingLineToThePpcReportAndIsClosedOnlyAfterTheChiefSignsOff() throws IOException {
        LocalDate today = LocalDate.now(TOKYO);
        Map<String, Object> body = report("委託業務用ノートPCの紛失");
        body.put("categories", List.of("SENSITIVE"));
        body.put("discoveredOn", today.toString());
        body.put("discoverer", "ベータ・システムズ 作業責任者");
        body.put("items", "氏名、住所、生年月日、病歴");
        body.put("affectedCount", 20);
        body.put("facts", "移動中の電車内で作業用ノートPCを置き忘れた。");
        String id = post("beta-user", PATH, body).then().statusCode(201)
                .body("summary.reportable", equalTo(true)).body("summary.depth", equalTo(2))
                .body("summary.awareOn", equalTo(today.toString()))
                .body("steps.step", equalTo(List.of("RECEIPT", "TO_CHIEF")))
                .extract().path("summary.id");
        String incident = PATH + "/" + id;

        // the 保護管理者 and, as it is reportable, the 総括 are notified at once
        assertTrue(noticeKinds("sho-manager", id, "protection-manager").contains("NEW"));
        assertTrue(noticeKinds("sho-chief", id, "chief-protection-manager").contains("REPORTABLE"));

        // acknowledgements: each by its recipient, who and when recorded
        assertJapaneseProblem(post("beta-user", incident + "/steps/RECEIPT/acknowledgement", Map.of()), 403);
        post("sho-manager", incident + "/steps/RECEIPT/acknowledgement", Map.of("note", "受付")).then().statusCode(200)
                .body("acknowledgedBy", equalTo("sho-manager")).body("acknowledgedAt", notNullValue());
        post("sho-chief", incident + "/steps/TO_CHIEF/acknowledgement", Map.of()).then().statusCode(200)
                .body("acknowledgedBy", equalTo("sho-chief"));
        post("sho-chief", incident + "/steps", Map.of("step", "TO_HEAD", "note", "長へ報告")).then().statusCode(200);
        post("sho-chief", incident + "/steps/TO_HEAD/acknowledgement", Map.of("note", "長の了知")).then().statusCode(200);

        // the agency learnt of it earlier (telephone on 2025-10-25): day 30 is Sunday 2025-11-23 勤労感謝の日, Monday
        // 11-24 is its 振替休日, so the 確報 is due on Tuesday 2025-11-25
        body.put("awareOn", "2025-10-25");
        given().auth().oauth2(Tokens.of("sho-manager")).contentType(ContentType.JSON).body(body).put(Itaku.gateway(incident))
                .then().statusCode(200)
                .body("summary.finalReport.due", equalTo("2025-11-25"))
                .body("summary.quickReport.due", equalTo("2025-10-29"))
                .body("summary.finalReport.overdue", equalTo(true));

        // 速報 with all nine items as PDF
        post("sho-manager", incident + "/reports", Map.of("kind", "QUICK")).then().statusCode(201).body("version", equalTo(1));
        byte[] pdf = given().auth().oauth2(Tokens.of("sho-chief")).get(Itaku.gateway(incident + "/reports/1/pdf"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        for (String item : List.of("概要", "保有個人情報の項目", "本人の数", "原因", "二次被害又はそのおそれの有無及びその内容",
                "本人への対応の実施状況", "公表の実施状況", "再発防止のための措置", "その他参考となる事項")) {
            assertTrue(text.contains(item), item + " missing from the 速報: " + text);
        }
        assertTrue(text.contains("速報") && text.contains("令和7年11月25日") && text.contains("病歴"), text);
        String csv = given().auth().oauth2(Tokens.of("sho-auditor")).get(Itaku.gateway(incident + "/reports/1/csv"))
                .then().statusCode(200).extract().asString();
        assertTrue(csv.indexOf("\"1\",\"概要\"") < csv.indexOf("\"9\",\"その他参考となる事項\""), csv);

        // closure refused before measures and the chief's sign-off
        assertJapaneseProblem(post("sho-manager", incident + "/closure", Map.of()), 409);
        assertJapaneseProblem(post("sho-chief", incident + "/signoff", Map.of()), 409);

        // a recurrence measure opens an improvement request to the contractor and an ad-hoc inspection
        Map<String, Object> measure = Map.of("description", "【E2E】端末の持ち出し時に暗号化と二人確認を必須とする",
                "status", "PLANNED", "improvementDeadline", today.plusDays(30).toString(),
                "inspectionDueOn", today.plusDays(14).toString());
        Map<String, Object> m = post("sho-manager", incident + "/measures", measure).then().statusCode(201).extract().path("$");
        given().auth().oauth2(Tokens.of("beta-user")).get(Itaku.gateway("/api/inspections/improvements/" + m.get("improvementRequestId")))
                .then().statusCode(200).body("category", equalTo("事故等の再発防止"));
        given().auth().oauth2(Tokens.of("sho-inspector")).get(Itaku.gateway("/api/inspections/plan/" + m.get("planEntryId")))
                .then().statusCode(200).body("dueOn", equalTo(today.plusDays(14).toString()));

        assertJapaneseProblem(post("sho-manager", incident + "/closure", Map.of()), 409);
        post("sho-chief", incident + "/signoff", Map.of("comment", "再発防止策を確認")).then().statusCode(200)
                .body("signedOffBy", equalTo("sho-chief"));
        post("sho-manager", incident + "/closure", Map.of()).then().statusCode(200).body("summary.status", equalTo("CLOSED"));
    }

    @Test
    void theContractorAboveSeesItButTheSiblingAnotherAgencyAndThePlatformAdminDoNot() {
        String id = post("beta-user", PATH, report("誤送信")).then().statusCode(201).extract().path("summary.id");
        given().auth().oauth2(Tokens.of("alpha-user")).get(Itaku.gateway(PATH + "/" + id)).then().statusCode(200);
        given().auth().oauth2(Tokens.of("sho-auditor")).get(Itaku.gateway(PATH + "/" + id)).then().statusCode(200);
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("delta-user")).get(Itaku.gateway(PATH + "/" + id)), 404);
        given().auth().oauth2(Tokens.of("delta-user")).queryParam("size", 200).get(Itaku.gateway(PATH)).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("kikou-manager")).get(Itaku.gateway(PATH + "/" + id)), 404);
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("platform-admin")).get(Itaku.gateway(PATH + "/" + id)), 403);
        // delta sees its own node's clause but cannot report on ベータ's node
        assertJapaneseProblem(post("delta-user", PATH, report("他社の事故")), 400);
        given().auth().oauth2(Tokens.of("delta-user")).queryParam("nodeId", deltaNode).get(Itaku.gateway(PATH + "/clause"))
                .then().statusCode(200);
    }

    @Test
    void badInputGetsAJapaneseErrorAndNothingIsStored() {
        int before = total("sho-manager");
        Map<String, Object> unknown = report("区分の誤り");
        unknown.put("categories", List.of("ALIENS"));
        Response r = post("beta-user", PATH, unknown);
        assertJapaneseProblem(r, 400);
        assertEquals("categories", r.jsonPath().getString("errors[0].field"));

        Map<String, Object> negative = report("人数の誤り");
        negative.put("affectedCount", -3);
        r = post("beta-user", PATH, negative);
        assertJapaneseProblem(r, 400);
        assertEquals("affectedCount", r.jsonPath().getString("errors[0].field"));

        Map<String, Object> future = report("日付の誤り");
        future.put("occurredOn", LocalDate.now(TOKYO).plusDays(3).toString());
        r = post("beta-user", PATH, future);
        assertJapaneseProblem(r, 400);
        assertEquals("occurredOn", r.jsonPath().getString("errors[0].field"));
        assertEquals(before, total("sho-manager"));

        String id = post("beta-user", PATH, report("証拠ファイル")).then().statusCode(201).extract().path("summary.id");
        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        byte[] pdfHead = "%PDF-1.4\n".getBytes();
        System.arraycopy(pdfHead, 0, thirtyMegabytes, 0, pdfHead.length);
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("beta-user"))
                .multiPart("file", "evidence.pdf", thirtyMegabytes, "application/pdf")
                .post(Itaku.gateway(PATH + "/" + id + "/evidence")), 413);
        given().auth().oauth2(Tokens.of("sho-manager")).get(Itaku.gateway(PATH + "/" + id)).then().statusCode(200)
                .body("evidence", hasSize(0)).body("timeline.kind", not(hasItem("EVIDENCE")))
                .body("summary.title", containsString("証拠ファイル"));
    }
}
