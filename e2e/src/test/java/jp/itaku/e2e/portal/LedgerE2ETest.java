package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jp.itaku.e2e.RunningSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 台帳 (S5) end to end: contract-service assembles it from its own records and the real inspection-service's
 * chain summary, through the gateway, with the demo users' real tokens; the portal page in a real browser.
 */
@ExtendWith(RunningSystem.class)
class LedgerE2ETest {

    static final String GW = PortalBrowser.GATEWAY;

    static final String SUBCONTRACT_TEXT = """
            第1条 乙は、本業務において知り得た個人情報の秘密を保持し、目的外に利用してはならない。
            第2条 乙は、あらかじめ甲の書面による承諾を得た場合を除き、再委託してはならない。
            第3条 乙は、委託終了時に個人情報を消去し、媒体を返却する。
            """;

    static String engagement(String division, String contractorId, String title, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "【E2E】" + title);
        body.put("division", division);
        body.put("kind", "OUTSOURCING");
        body.put("contractorId", contractorId);
        body.put("sensitivity", "HIGH");
        body.put("periodStart", start);
        body.put("periodEnd", end);
        body.put("infoCategories", List.of("氏名", "住所", "個人番号"));
        body.put("recordCount", 8000);
        body.put("locations", List.of(
                Map.of("purpose", "HANDLING", "placeType", "CONTRACTOR_PREMISES", "description", "受託者の本社事業所（東京都）"),
                Map.of("purpose", "STORAGE", "placeType", "CLOUD", "description", "バックアップ用クラウド", "country", "SG")));
        return given().auth().oauth2(PortalData.token("sho-officer")).contentType(ContentType.JSON).body(body)
                .when().post(GW + "/api/contracts/engagements").then().statusCode(201).extract().path("id");
    }

    /** Draft missing W2 only, confirmations, review, and approval with that one reasoned exception. */
    static void approveWithOneException(String id) {
        PortalData.uploadDraft(id, "missing-w2.txt");
        PortalData.confirm(id);
        PortalData.sendToReview(id);
        given().auth().oauth2(PortalData.token("sho-manager")).contentType(ContentType.JSON)
                .body(Map.of("draftVersion", 1, "comment", "E2E: 例外1件で承認",
                        "exceptions", List.of(Map.of("elementId", "W2", "reason", "検査の受入れは別途締結の覚書第3条で担保する。"))))
                .when().post(GW + "/api/contracts/engagements/" + id + "/approval").then().statusCode(201);
    }

    static void transition(String id, String to) {
        given().auth().oauth2(PortalData.token("sho-officer")).contentType(ContentType.JSON).body(Map.of("to", to))
                .when().post(GW + "/api/contracts/engagements/" + id + "/transitions").then().statusCode(200);
    }

    static String subcontract(String user, String parentNode, String name, String org, boolean cloud, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("orgCode", org);
        body.put("workPart", name + "が担う帳票データの保管");
        body.put("personalInfo", "氏名、住所");
        body.put("location", name + "のデータセンター");
        body.put("cloud", cloud);
        body.put("country", country);
        body.put("subcontractFileName", "subcontract.txt");
        body.put("subcontractText", SUBCONTRACT_TEXT);
        String node = given().auth().oauth2(PortalData.token(user)).contentType(ContentType.JSON).body(body)
                .when().post(GW + "/api/inspections/nodes/" + parentNode + "/subcontracts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(PortalData.token("sho-manager")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "comment", "E2E: 再委託を承認"))
                .when().post(GW + "/api/inspections/nodes/" + node + "/decision").then().statusCode(200);
        return node;
    }

    /** A completed, all-compliant check of the node's plan entry by the inspector. */
    static String inspect(String engagementId, String nodeId, String on) {
        String inspector = PortalData.token("sho-inspector");
        String entry = given().auth().oauth2(inspector).queryParam("engagementId", engagementId)
                .when().get(GW + "/api/inspections/plan").then().statusCode(200)
                .extract().path("items.find { it.nodeId == '" + nodeId + "' }.id");
        String check = given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("planEntryId", entry, "performedOn", on, "place", "受託者の本社事業所",
                        "attendees", List.of("検査担当 E2E")))
                .when().post(GW + "/api/inspections/checks").then().statusCode(201).extract().path("id");
        List<String> items = given().auth().oauth2(inspector).when().get(GW + "/api/inspections/checks/" + check)
                .then().statusCode(200).extract().path("items.code");
        for (String item : items) {
            given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Map.of("result", "COMPLIANT"))
                    .when().put(GW + "/api/inspections/checks/" + check + "/items/" + item).then().statusCode(200);
        }
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Map.of("summary", "E2E: 適切"))
                .when().post(GW + "/api/inspections/checks/" + check + "/completion").then().statusCode(200);
        return check;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void ledgerShowsTheWholeChainAndFlagsTheEndedEngagementWithoutCertificate() throws Exception {
        String division = "台帳E2E課-" + UUID.randomUUID().toString().substring(0, 6);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        // a day no service can call future, whichever zone it reads its date in (UTC's date is never after Tokyo's)
        String safeDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        // engagement 1: alpha → beta (cloud, US) → a third company, one exception, an inspection, ended with a certificate
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        String first = engagement(division, alpha, "台帳 完全な案件", "2026-04-01", "2027-03-31");
        approveWithOneException(first);
        String root = PortalData.ownNode(first, "alpha-user");
        String beta = subcontract("alpha-user", root, "ベータ・システムズ株式会社", "org-beta", true, "US");
        subcontract("beta-user", beta, "ガンマ保管株式会社", "org-gamma-" + UUID.randomUUID().toString().substring(0, 6),
                false, "JP");
        inspect(first, root, safeDay);
        // while the engagement runs, the ledger names the next inspection the plan moved on to
        String running = "entries.find { it.engagementId == '" + first + "' }.handlers[0].";
        JsonPath during = given().auth().oauth2(PortalData.token("sho-auditor")).queryParam("division", division)
                .when().get(GW + "/api/contracts/ledger").then().statusCode(200).extract().jsonPath();
        assertEquals(safeDay, during.getString(running + "lastInspectedOn"));
        assertTrue(during.getString(running + "nextInspectionDue").compareTo(safeDay) > 0, during.prettify());
        transition(first, "IN_PROGRESS");
        given().auth().oauth2(PortalData.token("sho-manager")).contentType(ContentType.JSON)
                .body(Map.of("kind", "COPY_AUTHORISED", "occurredOn", today, "actorName", "保護管理者 E2E",
                        "description", "バックアップ用の複製1部を許可"))
                .when().post(GW + "/api/contracts/engagements/" + first + "/ledger-events").then().statusCode(201);
        given().auth().oauth2(PortalData.token("alpha-user")).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEDIA_RETURNED", "occurredOn", today, "actorName", "アルファ 作業責任者",
                        "description", "USBメモリ1本を返却"))
                .when().post(GW + "/api/contracts/engagements/" + first + "/ledger-events").then().statusCode(201);
        // a text part in UTF-8 as a browser sends it (RestAssured's default for a String part is ISO-8859-1)
        given().auth().oauth2(PortalData.token("sho-officer"))
                .multiPart("file", PortalData.file("confirmation.pdf"), "application/pdf")
                .multiPart("erasedOn", safeDay)
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("専用ソフトによる上書き消去").controlName("method")
                        .mimeType("text/plain").charset(java.nio.charset.StandardCharsets.UTF_8).build())
                .multiPart("mediaReturned", "true")
                .when().post(GW + "/api/contracts/engagements/" + first + "/erasure-certificates").then().statusCode(201);
        transition(first, "ENDED");

        // engagement 2: its period is over, no certificate; its contractor's name starts with '='
        String evil = PortalData.contractor("org-e2e-formula-" + UUID.randomUUID().toString().substring(0, 6),
                "=HYPERLINK(\"http://example.invalid\",\"x\")");
        String second = engagement(division, evil, "台帳 期間終了・未消去", "2025-04-01", "2026-03-31");
        approveWithOneException(second);
        transition(second, "IN_PROGRESS");

        // the end reaches inspection-service through the outbox, which ends the plan: no next inspection any more
        JsonPath ledger = null;
        long deadline = System.currentTimeMillis() + 90_000;
        do {
            ledger = given().auth().oauth2(PortalData.token("sho-auditor")).queryParam("division", division)
                    .when().get(GW + "/api/contracts/ledger").then().statusCode(200).extract().jsonPath();
        } while (ledger.getString(running + "nextInspectionDue") != null && System.currentTimeMillis() < deadline
                && pause(1000));
        assertEquals(2, ledger.getList("entries").size());
        assertTrue(ledger.getBoolean("incidentsTracked"), "inspection-service records incidents");
        String f = "entries.find { it.engagementId == '" + first + "' }.";
        assertEquals(List.of("氏名", "住所", "個人番号"), ledger.getList(f + "infoCategories"));
        assertEquals(8000, ledger.getInt(f + "recordCount"));
        assertEquals("終了", ledger.getString(f + "stateLabel"));
        assertEquals("2027-03-31", ledger.getString(f + "periodEnd"));
        assertEquals(List.of(1, 2, 3), ledger.getList(f + "handlers.depth"), "contractor and the two-level chain");
        assertEquals("株式会社アルファ情報処理", ledger.getString(f + "handlers[0].name"));
        assertTrue(ledger.getBoolean(f + "handlers[0].placesNeedReview"), "the contractor's cloud backup in SG");
        assertEquals(safeDay, ledger.getString(f + "handlers[0].lastInspectedOn"));
        assertNull(ledger.getString(f + "handlers[0].nextInspectionDue"), "ended: the plan is closed");
        assertEquals("ベータ・システムズ株式会社が担う帳票データの保管", ledger.getString(f + "handlers[1].workPart"));
        assertTrue(ledger.getBoolean(f + "handlers[1].places[0].cloud"));
        assertTrue(ledger.getBoolean(f + "handlers[1].places[0].abroad"));
        assertEquals("sho-manager", ledger.getString(f + "handlers[2].approvedBy"));
        assertFalse(ledger.getBoolean(f + "handlers[2].placesNeedReview"));
        assertEquals(List.of("W2"), ledger.getList(f + "approval.exceptions.elementId"));
        assertFalse(ledger.getList(f + "verifiedClauses").isEmpty());
        assertEquals("委託 太郎", ledger.getString(f + "responsible.name"));
        assertEquals(safeDay, ledger.getString(f + "erasure.erasedOn"));
        assertEquals("専用ソフトによる上書き消去", ledger.getString(f + "erasure.method"));
        assertTrue(ledger.getBoolean(f + "erasure.mediaReturned"));
        assertFalse(ledger.getBoolean(f + "notYetErased"));
        assertEquals(List.of("COPY_AUTHORISED", "MEDIA_RETURNED"), ledger.getList(f + "events.kind"));
        assertEquals(List.of("sho-manager", "alpha-user"), ledger.getList(f + "events.recordedBy"));
        String s = "entries.find { it.engagementId == '" + second + "' }.";
        assertTrue(ledger.getBoolean(s + "ended"));
        assertTrue(ledger.getBoolean(s + "notYetErased"), "period over, no certificate");

        List<String> flagged = given().auth().oauth2(PortalData.token("sho-officer")).queryParam("division", division)
                .queryParam("notErased", "true").when().get(GW + "/api/contracts/ledger").then().statusCode(200)
                .extract().path("entries.engagementId");
        assertEquals(List.of(second), flagged);

        for (String path : List.of("/api/contracts/ledger", "/api/contracts/ledger/csv", "/api/contracts/ledger/pdf",
                "/api/inspections/ledger")) {
            given().auth().oauth2(PortalData.token("alpha-user")).when().get(GW + path).then().statusCode(403);
        }

        byte[] csv = given().auth().oauth2(PortalData.token("sho-auditor")).queryParam("division", division)
                .when().get(GW + "/api/contracts/ledger/csv").then().statusCode(200).extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 BOM");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""), text);
        assertFalse(text.contains(",\"=HYPERLINK"), "no cell starts with =");
        assertTrue(text.contains("ガンマ保管株式会社"));
        assertTrue(text.contains("未消去"));
        byte[] pdf = given().auth().oauth2(PortalData.token("sho-auditor")).queryParam("division", division)
                .when().get(GW + "/api/contracts/ledger/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/ledger?division=" + java.net.URLEncoder.encode(division, StandardCharsets.UTF_8), "sho-auditor");
            String main = browser.mainText();
            assertTrue(main.contains("ガンマ保管株式会社"), main);
            assertTrue(main.contains("委託 太郎"), main);
            assertEquals(1, browser.driver.findElements(By.cssSelector("#ledger-" + second + " .not-erased")).size());
            assertTrue(browser.driver.findElements(By.cssSelector("#ledger-" + first + " .not-erased")).isEmpty());
            browser.screenshot("ledger-01-auditor");
        }
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/ledger", "alpha-user");
            assertTrue(browser.mainText().contains("監査責任者"), browser.mainText());
        }
    }
}
