package jp.itaku.inspection.check;

import jp.itaku.common.testing.TestClock;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.inspection.FakeContractService;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.inspection.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class CheckResourceTest {

    static final String INSPECTOR = TestTokens.of(TENANT_A, "inspector");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Inject
    MongoDatabase mongo;

    record Subject(String org, UUID engagement, String node, String planEntry) {
    }

    static Subject subject(String sensitivity) {
        String org = Fixtures.org();
        UUID engagement = Fixtures.engagement(TENANT_A, org, sensitivity);
        String node = Fixtures.rootNode(TENANT_A, engagement);
        String entry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + engagement)
                .then().extract().path("items[0].id");
        return new Subject(org, engagement, node, entry);
    }

    static String check(String planEntry, LocalDate performedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("planEntryId", planEntry);
        body.put("performedOn", performedOn.toString());
        body.put("place", "株式会社アルファ情報処理　本社データセンター（東京都江東区）");
        body.put("attendees", List.of("情報管理部長　山田太郎", "検査担当　佐藤花子"));
        return given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(body).post("/api/inspections/checks")
                .then().statusCode(201).body("items", hasSize(Checklist.ITEMS.size()))
                .body("items[0].result", equalTo(null)).extract().path("id");
    }

    static void allCompliantExcept(String checkId, String findingCode, LocalDate deadline) {
        for (Checklist.Item item : Checklist.ITEMS) {
            Map<String, Object> body = new HashMap<>();
            if (item.code().equals(findingCode)) {
                body.put("result", "FINDING");
                body.put("note", "USBメモリの接続制限が一部端末で未設定");
                body.put("deadline", deadline.toString());
            } else {
                body.put("result", "COMPLIANT");
            }
            given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(body)
                    .put("/api/inspections/checks/" + checkId + "/items/" + item.code()).then().statusCode(200);
        }
    }

    static void complete(String checkId) {
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("summary", "概ね適切に管理されている。"))
                .post("/api/inspections/checks/" + checkId + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void engagementLastInspectedThirteenMonthsAgoIsOverdue() {
        Subject s = subject("MEDIUM");
        LocalDate performed = TestClock.today().minusMonths(13);
        String id = check(s.planEntry(), performed);
        allCompliantExcept(id, "", null);
        complete(id);
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan/" + s.planEntry()).then()
                .body("state", equalTo("OVERDUE")).body("lastDoneOn", equalTo(performed.toString()))
                .body("dueOn", equalTo(performed.plusMonths(12).toString()));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?state=OVERDUE&size=200")
                .then().body("items.id", hasItem(s.planEntry()));
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan/summary").then().statusCode(200);

        String fresh = check(s.planEntry(), TestClock.today().minusDays(2));
        allCompliantExcept(fresh, "", null);
        complete(fresh);
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan/" + s.planEntry()).then().body("state", equalTo("DONE"));
    }

    @Test
    void findingBecomesImprovementRequestClosedOnlyWithContractorsEvidence() throws IOException {
        Subject s = subject("HIGH");
        String id = check(s.planEntry(), TestClock.today().minusDays(1));
        String photo = upload(INSPECTOR, "/api/inspections/checks/" + id + "/evidence", "サーバ室.png", PNG, "image/png")
                .then().statusCode(201).body("contentType", equalTo("image/png")).extract().path("id");
        byte[] downloaded = given().auth().oauth2(TestTokens.contractor(TENANT_A, s.org()))
                .get("/api/inspections/evidence/" + photo).then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        assertEquals(Arrays.toString(PNG), Arrays.toString(downloaded));
        given().auth().oauth2(TestTokens.contractor(TENANT_A, Fixtures.org())).get("/api/inspections/evidence/" + photo)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/inspections/evidence/" + photo)
                .then().statusCode(404);
        allCompliantExcept(id, "MEDIA", TestClock.today().plusDays(30));
        complete(id);
        String request = given().auth().oauth2(INSPECTOR).get("/api/inspections/checks/" + id).then()
                .body("improvements", hasSize(1)).body("improvements[0].status", equalTo("OPEN"))
                .body("evidence", hasSize(1)).extract().path("improvements[0].id");
        // a completed check is read-only
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("result", "COMPLIANT"))
                .put("/api/inspections/checks/" + id + "/items/MEDIA").then().statusCode(409);

        String contractor = TestTokens.contractor(TENANT_A, s.org());
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspections/improvements/" + request + "/closure").then().statusCode(409);
        given().auth().oauth2(contractor).contentType(ContentType.JSON)
                .body(Map.of("response", "全端末にデバイス制御ソフトを導入しました。"))
                .post("/api/inspections/improvements/" + request + "/response").then().statusCode(200)
                .body("status", equalTo("RESPONDED"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspections/improvements/" + request + "/closure").then().statusCode(409);
        upload(contractor, "/api/inspections/improvements/" + request + "/evidence", "設定画面.pdf", PDF, "application/pdf")
                .then().statusCode(201);
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("comment", "証拠により改善を確認した。"))
                .post("/api/inspections/improvements/" + request + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("evidence", hasSize(1));

        byte[] pdf = given().auth().oauth2(contractor).get("/api/inspections/checks/" + id + "/report.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("検査報告書"), text);
            assertTrue(text.contains("記録媒体の接続制限"), text);
            assertTrue(text.contains("USBメモリの接続制限が一部端末で未設定"), text);
            assertTrue(text.contains("完了"), text);
            assertTrue(text.contains("令和"), text);
        }
    }

    @Test
    void evidenceOverTheLimitOrOfForbiddenTypeIsRefusedWithoutOrphanChunks() {
        Subject s = subject("LOW");
        String id = check(s.planEntry(), TestClock.today());
        long chunks = mongo.getCollection("evidence.chunks").countDocuments();
        long files = mongo.getCollection("evidence.files").countDocuments();

        byte[] big = Arrays.copyOf(PNG, 1024 * 1024 + 1);
        upload(INSPECTOR, "/api/inspections/checks/" + id + "/evidence", "huge.png", big, "image/png")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", startsWith("証拠ファイルは1件あたり1 MB以内"));
        upload(INSPECTOR, "/api/inspections/checks/" + id + "/evidence", "photo.png", "MZ\u0090\u0000 not an image".getBytes(), "image/png")
                .then().statusCode(415).body("title", equalTo("対応していない形式です"));
        upload(INSPECTOR, "/api/inspections/checks/" + id + "/evidence", "empty.pdf", new byte[0], "application/pdf")
                .then().statusCode(400);

        assertEquals(chunks, mongo.getCollection("evidence.chunks").countDocuments());
        assertEquals(files, mongo.getCollection("evidence.files").countDocuments());
        given().auth().oauth2(INSPECTOR).get("/api/inspections/checks/" + id).then().body("evidence", hasSize(0));
    }

    @Test
    void badCheckInputIsRefused() {
        Subject s = subject("HIGH");
        Map<String, Object> remote = new HashMap<>();
        remote.put("planEntryId", s.planEntry());
        remote.put("performedOn", TestClock.today().toString());
        remote.put("place", "オンライン");
        remote.put("attendees", List.of("山田太郎"));
        remote.put("method", "REMOTE");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(remote).post("/api/inspections/checks")
                .then().statusCode(400).body("errors[0].field", equalTo("methodReason"));
        remote.put("performedOn", TestClock.today().plusDays(3).toString());
        remote.put("methodReason", "感染症対策のため");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(remote).post("/api/inspections/checks")
                .then().statusCode(400).body("errors[0].field", equalTo("performedOn"));

        String id = check(s.planEntry(), TestClock.today());
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of("result", "FINDING", "note", "不備"))
                .put("/api/inspections/checks/" + id + "/items/ERASURE").then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspections/checks/" + id + "/completion").then().statusCode(400)
                .body("detail", startsWith("未確認のチェック項目があります"));
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).contentType(ContentType.JSON).body(Map.of("result", "COMPLIANT"))
                .put("/api/inspections/checks/" + id + "/items/ERASURE").then().statusCode(403);
    }

    @Test
    void inspectorOfAnotherAgencyCannotReadChecksNorReports() {
        Subject s = subject("HIGH");
        String id = check(s.planEntry(), TestClock.today());
        String other = TestTokens.of(TENANT_B, "inspector");
        given().auth().oauth2(other).get("/api/inspections/checks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other).get("/api/inspections/checks/" + id + "/report.pdf").then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("result", "COMPLIANT"))
                .put("/api/inspections/checks/" + id + "/items/ERASURE").then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, Fixtures.org())).get("/api/inspections/checks/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, s.org())).get("/api/inspections/checks/" + id)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/inspections/checks/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get("/api/inspections/checks/" + id).then().statusCode(403);
    }

    @Test
    void contractorAboveInspectsItsSubcontractorWhenThePlanSaysSo() {
        Subject s = subject("MEDIUM");
        String betaOrg = Fixtures.org();
        String beta = Fixtures.approved(TENANT_A, s.org(), s.node(), "ベータ株式会社", betaOrg);
        String betaEntry = given().auth().oauth2(INSPECTOR).get("/api/inspections/plan?engagementId=" + s.engagement())
                .then().extract().path("items.find { it.nodeId == '" + beta + "' }.id");
        Map<String, Object> body = new HashMap<>();
        body.put("planEntryId", betaEntry);
        body.put("performedOn", TestClock.today().toString());
        body.put("place", "ベータ株式会社 本社");
        body.put("attendees", List.of("ベータ株式会社 情報管理責任者"));
        String alpha = TestTokens.contractor(TENANT_A, s.org());

        given().auth().oauth2(TestTokens.contractor(TENANT_A, betaOrg)).contentType(ContentType.JSON).body(body)
                .post("/api/inspections/checks").then().statusCode(403);
        String id = given().auth().oauth2(alpha).contentType(ContentType.JSON).body(body).post("/api/inspections/checks")
                .then().statusCode(201).body("inspector", equalTo("contractor@" + s.org())).extract().path("id");
        for (Checklist.Item item : Checklist.ITEMS) {
            given().auth().oauth2(alpha).contentType(ContentType.JSON).body(Map.of("result", "COMPLIANT"))
                    .put("/api/inspections/checks/" + id + "/items/" + item.code()).then().statusCode(200);
        }
        given().auth().oauth2(alpha).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspections/checks/" + id + "/completion").then().statusCode(200);
        given().auth().oauth2(INSPECTOR).get("/api/inspections/plan/" + betaEntry).then()
                .body("lastDoneOn", equalTo(TestClock.today().toString()));

        // the agency inspects the contractor itself
        body.put("planEntryId", s.planEntry());
        given().auth().oauth2(alpha).contentType(ContentType.JSON).body(body).post("/api/inspections/checks")
                .then().statusCode(403);
    }

    static io.restassured.response.Response upload(String token, String path, String name, byte[] content, String type) {
        return given().auth().oauth2(token).multiPart("file", name, content, type).when().post(path);
    }
}
