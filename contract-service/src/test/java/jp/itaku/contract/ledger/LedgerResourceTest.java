package jp.itaku.contract.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.support.ContractTestResources;
import jp.itaku.contract.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger as contract-service assembles it. inspection-service is stood in for by a small HTTP server answering its
 * ledger summary (the same JSON shape); LedgerE2ETest runs the real one.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ContractTestResources.class, restrictToAnnotatedClass = false)
class LedgerResourceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final String AUDITOR = TestTokens.of(TENANT_A, "auditor");

    @Inject
    ItakuClock clock;

    HttpServer inspection;
    final List<String> inspectionCalls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopInspection() {
        if (inspection != null) {
            inspection.stop(0);
            inspection = null;
        }
        clock.useSystemTime();
    }

    record Subject(String division, String org, String contractorId, String engagementId) {
    }

    /** An approved engagement of its own division whose contract misses W2 only (one exception), with confirmations. */
    static Subject approvedWithOneException(String contractorName) {
        String division = "台帳課-" + UUID.randomUUID().toString().substring(0, 8);
        String org = "org-" + UUID.randomUUID();
        String contractorId = Fixtures.contractor(OFFICER, contractorName, org);
        Map<String, Object> body = new HashMap<>(Fixtures.engagementBody(contractorId, "OUTSOURCING", "HIGH"));
        body.put("division", division);
        String id = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .post("/api/contracts/engagements").then().statusCode(201).extract().path("id");
        Fixtures.upload(OFFICER, id, "draft.txt", Fixtures.resource("missing-w2.txt")).statusCode(201);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Fixtures.confirmationBody())
                .put("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(OFFICER)
                .multiPart("file", "確認書.pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/contracts/engagements/" + id + "/confirmation/attachment").then().statusCode(200);
        Fixtures.transition(OFFICER, id, "UNDER_REVIEW").statusCode(200);
        List<Map<String, String>> exceptions = Fixtures.exceptionsFor(MANAGER, id, 1, false);
        assertEquals(1, exceptions.size(), "the test draft misses exactly one element");
        Fixtures.approve(MANAGER, id, 1, exceptions).statusCode(201);
        return new Subject(division, org, contractorId, id);
    }

    /** inspection-service's ledger summary for one engagement: contractor → 再委託先 (cloud, US) → 再々委託先. */
    void inspectionAnswers(String engagementId) throws IOException {
        UUID root = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<String, Object> inspectionOfRoot = new HashMap<>();
        inspectionOfRoot.put("lastDoneOn", "2026-06-10");
        inspectionOfRoot.put("lastDoneKind", "CHECK");
        inspectionOfRoot.put("lastCheckOn", "2026-06-10");
        inspectionOfRoot.put("nextDueOn", "2026-12-10");
        inspectionOfRoot.put("method", "ONSITE");
        inspectionOfRoot.put("planOpen", true);
        List<Map<String, Object>> nodes = List.of(
                node(root, engagementId, null, 1, "（委託先）", null, false, "JP", inspectionOfRoot, 0),
                node(second, engagementId, root, 2, "ベータクラウド株式会社", "帳票データの保管", true, "US", null, 2),
                node(UUID.randomUUID(), engagementId, second, 3, "ガンマ印刷株式会社", "封入封緘", false, "JP", null, 0));
        byte[] answer = new ObjectMapper().writeValueAsBytes(Map.of("nodes", nodes, "incidentsTracked", false,
                "someFieldAddedLater", "ignored"));
        inspection = HttpServer.create(new InetSocketAddress("127.0.0.1", inspectionPort()), 0);
        inspection.createContext("/api/inspections/ledger", exchange -> {
            inspectionCalls.add(exchange.getRequestURI().getRawQuery() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        inspection.start();
    }

    static Map<String, Object> node(UUID id, String engagementId, UUID parent, int depth, String name, String workPart,
                                    boolean cloud, String country, Map<String, Object> inspection, long improvements) {
        Map<String, Object> n = new HashMap<>();
        n.put("id", id);
        n.put("engagementId", engagementId);
        n.put("parentId", parent);
        n.put("depth", depth);
        n.put("name", name);
        n.put("workPart", workPart);
        n.put("personalInfo", "氏名、住所");
        n.put("location", depth == 1 ? null : name + "の事業所");
        n.put("cloud", cloud);
        n.put("country", country);
        n.put("needsReview", cloud || !"JP".equals(country));
        n.put("status", "ACTIVE");
        n.put("approvedAt", depth == 1 ? null : "2026-05-01T10:00:00+09:00");
        n.put("approvedBy", depth == 1 ? null : "manager@tenant-a");
        n.put("inspection", inspection);
        n.put("openImprovements", improvements);
        n.put("openIncidents", 0);
        return n;
    }

    static int inspectionPort() {
        return URI.create(ConfigProvider.getConfig().getValue("itaku.inspection.url", String.class)).getPort();
    }

    static void certificate(String id) {
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(OFFICER)
                .multiPart("file", "消去証明書.pdf", ("%PDF-1.4 " + id).getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("erasedOn", "2026-03-31").multiPart("method", "専用ソフトによる上書き消去")
                .multiPart("mediaReturned", "true")
                .post("/api/contracts/engagements/" + id + "/erasure-certificates").then().statusCode(201);
    }

    static void event(String token, String id, String kind, String on, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "occurredOn", on, "actorName", "委託先 作業責任者 佐藤 花子",
                        "description", "USBメモリ1本（管理番号 M-07）"))
                .post("/api/contracts/engagements/" + id + "/ledger-events").then().statusCode(status);
    }

    @Test
    void ledgerShowsEveryFieldDownTheChainWithTheApprovalsExceptionAndTheErasure() throws Exception {
        Subject s = approvedWithOneException("アルファ情報処理株式会社");
        Fixtures.transition(OFFICER, s.engagementId(), "IN_PROGRESS").statusCode(200);
        String today = clock.today().toString();
        event(MANAGER, s.engagementId(), "COPY_AUTHORISED", today, 201);
        event(TestTokens.contractor(TENANT_A, s.org()), s.engagementId(), "MEDIA_TAKEN_OUT", today, 201);
        certificate(s.engagementId());
        inspectionAnswers(s.engagementId());

        JsonPath ledger = given().auth().oauth2(AUDITOR).queryParam("division", s.division())
                .get("/api/contracts/ledger").then().statusCode(200).extract().jsonPath();
        assertEquals(1, ledger.getList("entries").size());
        assertTrue(inspectionCalls.get(0).contains("Bearer " + AUDITOR), "inspection-service is asked with the caller's token");
        assertTrue(inspectionCalls.get(0).startsWith("division="), "and for the same division only: " + inspectionCalls);
        assertEquals(1, inspectionCalls.size(), "one call for the whole ledger");
        String e = "entries[0].";
        assertEquals("住民税関係帳票の印刷・封入封緘業務", ledger.getString(e + "title"));
        assertEquals(List.of("氏名", "住所", "税額"), ledger.getList(e + "infoCategories"));
        assertEquals(52000, ledger.getInt(e + "recordCount"));
        assertEquals("2027-03-31", ledger.getString(e + "periodEnd"));
        assertEquals(List.of(1, 2, 3), ledger.getList(e + "handlers.depth"));
        assertEquals("アルファ情報処理株式会社", ledger.getString(e + "handlers[0].name"));
        assertEquals(true, ledger.getBoolean(e + "handlers[0].placesNeedReview"), "the contractor's US cloud backup");
        assertEquals("2026-06-10", ledger.getString(e + "handlers[0].lastInspectedOn"));
        assertEquals("2026-12-10", ledger.getString(e + "handlers[0].nextInspectionDue"));
        assertEquals("再委託先", ledger.getString(e + "handlers[1].roleLabel"));
        assertEquals("帳票データの保管", ledger.getString(e + "handlers[1].workPart"));
        assertEquals(true, ledger.getBoolean(e + "handlers[1].places[0].cloud"));
        assertEquals(true, ledger.getBoolean(e + "handlers[1].places[0].abroad"));
        assertEquals(2, ledger.getInt(e + "handlers[1].openImprovements"));
        assertEquals(false, ledger.getBoolean(e + "handlers[2].placesNeedReview"));
        assertEquals(1, ledger.getInt(e + "approval.draftVersion"));
        assertEquals(List.of("W2"), ledger.getList(e + "approval.exceptions.elementId"));
        assertTrue(ledger.getList(e + "verifiedClauses", String.class).stream().anyMatch(c -> c.startsWith("C1a")));
        assertFalse(ledger.getList(e + "verifiedClauses", String.class).stream().anyMatch(c -> c.startsWith("W2")));
        assertEquals("山田 太郎", ledger.getString(e + "responsible.name"));
        assertEquals("2026-03-31", ledger.getString(e + "erasure.erasedOn"));
        assertEquals(true, ledger.getBoolean(e + "erasure.mediaReturned"));
        assertEquals(false, ledger.getBoolean(e + "notYetErased"));
        assertEquals(List.of("COPY_AUTHORISED", "MEDIA_TAKEN_OUT"), ledger.getList(e + "events.kind"));
        assertEquals("contractor@" + s.org(), ledger.getString(e + "events[1].recordedBy"));
        assertFalse(ledger.getBoolean("incidentsTracked"));

        byte[] pdf = given().auth().oauth2(AUDITOR).queryParam("division", s.division()).get("/api/contracts/ledger/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("保有個人情報の取扱いの委託に関する台帳"), text);
        assertTrue(text.contains("令和8年4月1日"), "令和 dates: " + text);
        assertTrue(text.contains("ベータクラウド株式会社"));
        // table cells wrap: compare without line breaks
        assertTrue(text.replaceAll("\\s", "").contains("記録機能の導入前"), "incidents not tracked is said, not shown as 0");
    }

    @Test
    void endedPeriodWithoutCertificateIsFlaggedAndFilteredAndTheCsvIsExcelSafe() throws Exception {
        Subject s = approvedWithOneException("=HYPERLINK(\"http://evil.example\",\"x\")株式会社");
        Fixtures.transition(OFFICER, s.engagementId(), "IN_PROGRESS").statusCode(200);
        inspectionAnswers(s.engagementId());
        // before the period's end nothing is flagged
        given().auth().oauth2(OFFICER).queryParam("division", s.division()).get("/api/contracts/ledger")
                .then().statusCode(200).body("entries[0].ended", equalTo(false)).body("entries[0].notYetErased", equalTo(false));
        given().auth().oauth2(OFFICER).queryParam("division", s.division()).queryParam("notErased", "true")
                .get("/api/contracts/ledger").then().statusCode(200).body("entries.size()", equalTo(0));

        clock.fixAt(OffsetDateTime.parse("2027-04-01T09:00+09:00"));
        given().auth().oauth2(OFFICER).queryParam("division", s.division()).queryParam("notErased", "true")
                .get("/api/contracts/ledger").then().statusCode(200).body("entries.size()", equalTo(1))
                .body("entries[0].ended", equalTo(true)).body("entries[0].notYetErased", equalTo(true))
                .body("asOf", equalTo("2027-04-01"));
        byte[] csv = given().auth().oauth2(OFFICER).queryParam("division", s.division()).get("/api/contracts/ledger/csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 BOM for Excel");
        String text = new String(csv, StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(4, lines.length, "header and one row per organisation in the chain");
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")株式会社\""), lines[1]);
        assertFalse(text.contains(",\"=HYPERLINK"), "no cell starts with =");
        assertTrue(lines[1].contains(LedgerText.NOT_ERASED));
        byte[] pdf = given().auth().oauth2(OFFICER).queryParam("division", s.division()).get("/api/contracts/ledger/pdf")
                .then().statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("未消去"));
        }
    }

    @Test
    void contractorsGet403AndOtherTenantsSeeNoneOfIt() throws Exception {
        Subject s = approvedWithOneException("テナント確認株式会社");
        inspectionAnswers(s.engagementId());
        for (String path : List.of("/api/contracts/ledger", "/api/contracts/ledger/csv", "/api/contracts/ledger/pdf")) {
            given().auth().oauth2(TestTokens.contractor(TENANT_A, s.org())).get(path).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).queryParam("division", s.division())
                .get("/api/contracts/ledger").then().statusCode(200).body("entries.size()", equalTo(0));
        given().get("/api/contracts/ledger").then().statusCode(401);
    }

    static JsonPath ledgerRecords(String user) {
        return given().auth().oauth2(AUDITOR).queryParam("type", "ledger").queryParam("user", user).queryParam("size", 200)
                .get("/api/contracts/audit/records").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyLedgerReadAndExportIsAnAccessRecordAndAContractorsAttemptIsRecordedAsDenied() throws Exception {
        Subject s = approvedWithOneException("記録対象の台帳株式会社");
        inspectionAnswers(s.engagementId());
        String auditor = "auditor@" + TENANT_A;
        int before = ledgerRecords(auditor).getInt("total");
        for (String path : List.of("/api/contracts/ledger", "/api/contracts/ledger/csv", "/api/contracts/ledger/pdf")) {
            given().auth().oauth2(AUDITOR).queryParam("division", s.division()).get(path).then().statusCode(200);
        }
        JsonPath mine = ledgerRecords(auditor);
        assertEquals(before + 3, mine.getInt("total"), "one record per read or export");
        List<Map<String, Object>> last = mine.<Map<String, Object>>getList("items").subList(0, 3);
        assertEquals(Map.of("LIST", 1L, "EXPORT", 2L), last.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> (String) r.get("action"), java.util.stream.Collectors.counting())));
        assertEquals(List.of("/api/contracts/ledger", "/api/contracts/ledger/csv", "/api/contracts/ledger/pdf"),
                last.stream().map(r -> (String) r.get("path")).sorted().toList());
        for (Map<String, Object> r : last) {
            assertEquals("ALLOWED", r.get("outcome"));
            assertEquals(1, r.get("rowCount"), "the ledger of one division with one engagement");
            assertTrue(String.valueOf(r.get("query")).contains("division="), String.valueOf(r.get("query")));
        }

        String contractor = "contractor@" + s.org();
        for (String path : List.of("/api/contracts/ledger", "/api/contracts/ledger/csv", "/api/contracts/ledger/pdf")) {
            given().auth().oauth2(TestTokens.contractor(TENANT_A, s.org())).get(path).then().statusCode(403);
        }
        JsonPath denied = ledgerRecords(contractor);
        assertEquals(3, denied.getInt("total"));
        assertEquals(List.of("DENIED", "DENIED", "DENIED"), denied.getList("items.outcome"));
        assertEquals(List.of(403, 403, 403), denied.getList("items.status"));
    }

    @Test
    void ledgerIsNotMadeWhenInspectionServiceIsDown() {
        Subject s = approvedWithOneException("停止確認株式会社");
        given().auth().oauth2(AUDITOR).queryParam("division", s.division()).get("/api/contracts/ledger/csv")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("台帳を作成できませんでした"));
    }

    @Test
    void badFiltersAreRefusedInJapanese() {
        given().auth().oauth2(AUDITOR).queryParam("state", "FINISHED").get("/api/contracts/ledger")
                .then().statusCode(400).body("errors[0].field", equalTo("state")).body("errors[0].message", containsString("ENDED（終了）"));
        given().auth().oauth2(AUDITOR).queryParam("contractorId", "abc").get("/api/contracts/ledger")
                .then().statusCode(400).body("errors[0].field", equalTo("contractorId"));
        given().auth().oauth2(AUDITOR).queryParam("notErased", "yes").get("/api/contracts/ledger")
                .then().statusCode(400).body("errors[0].field", equalTo("notErased"));
        given().auth().oauth2(AUDITOR).queryParam("division", "課".repeat(201)).get("/api/contracts/ledger/pdf")
                .then().statusCode(400).body("errors[0].message", containsString("200文字以内"));
    }

    @Test
    void ledgerEventsAreRecordedOnlyByTheRightRolesWithValidDates() {
        Subject s = approvedWithOneException("記録確認株式会社");
        String id = s.engagementId();
        String contractor = TestTokens.contractor(TENANT_A, s.org());
        String today = clock.today().toString();
        event(contractor, id, "COPY_AUTHORISED", today, 403);
        event(TestTokens.of(TENANT_A, "inspector"), id, "MEDIA_RETURNED", today, 403);
        event(AUDITOR, id, "MEDIA_RETURNED", today, 403);
        event(OFFICER, id, "MEDIA_RETURNED", clock.today().plusDays(1).toString(), 400);
        event(OFFICER, id, "MEDIA_RETURNED", "2000-01-01", 400);
        event(TestTokens.contractor(TENANT_A, "org-someone-else"), id, "MEDIA_RETURNED", today, 404);
        event(TestTokens.of(TENANT_B, "procurement-officer"), id, "MEDIA_RETURNED", today, 404);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("kind", "MEDIA_LOST", "occurredOn", today))
                .post("/api/contracts/engagements/" + id + "/ledger-events").then().statusCode(400);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("kind", "MEDIA_ERASED", "occurredOn", today))
                .post("/api/contracts/engagements/" + id + "/ledger-events").then().statusCode(400)
                .body("errors.field.flatten()", org.hamcrest.Matchers.hasItems("actorName", "description"));
        event(contractor, id, "MEDIA_ERASED", today, 201);
        given().auth().oauth2(contractor).get("/api/contracts/engagements/" + id + "/ledger-events").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].kindLabel", equalTo("媒体・情報の消去"));

        String drafting = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "起案中株式会社", "org-" + UUID.randomUUID()),
                "OUTSOURCING");
        event(OFFICER, drafting, "MEDIA_TAKEN_OUT", today, 409);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + drafting + "/ledger-events").then()
                .statusCode(200).body("size()", equalTo(0));
    }
}
