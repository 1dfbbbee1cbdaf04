package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jp.itaku.e2e.Mailbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * S2/S3 against the running system (`./itaku up`, real Keycloak tokens, the real embedded PostgreSQL): reading a
 * written confirmation, listing self-reports, downloading evidence and exporting the engagement CSV each leave a
 * record with the right user, count and outcome; a contractor's attempt on another organisation's row is recorded as
 * denied; the application's role cannot UPDATE a record; a superuser's alteration is named by
 * {@code ./itaku audit verify}; past the bulk threshold the export asks for a reason and the manager is notified.
 */
class AccessRecordE2ETest {

    static final String GATEWAY = PortalBrowser.GATEWAY;
    static final String DB_URL = System.getProperty("e2e.db", "jdbc:postgresql://127.0.0.1:55432/itaku");

    static String engagement;
    static String selfReport;
    static String evidence;

    @BeforeAll
    static void prepare() {
        engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "アクセス記録の対象業務");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        String node = PortalData.ownNode(engagement, "alpha-user");
        String alpha = PortalData.token("alpha-user");
        selfReport = given().auth().oauth2(alpha).contentType(ContentType.JSON).body(Map.of("nodeId", node))
                .when().post(GATEWAY + "/api/inspections/self-reports").then().statusCode(201).extract().path("id");
        evidence = given().auth().oauth2(alpha).multiPart("file", PortalData.file("evidence-pledge.pdf"), "application/pdf")
                .when().post(GATEWAY + "/api/inspections/self-reports/" + selfReport + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath records(String query) {
        return given().auth().oauth2(PortalData.token("sho-auditor"))
                .when().get(GATEWAY + "/api/contracts/audit/records?size=50&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void readsListsDownloadsAndExportsLeaveRecordsWithUserCountAndOutcome() {
        String inspector = PortalData.token("sho-inspector");
        given().auth().oauth2(inspector).when().get(GATEWAY + "/api/contracts/engagements/" + engagement + "/confirmation")
                .then().statusCode(200);
        int listed = given().auth().oauth2(inspector).queryParam("size", 200)
                .when().get(GATEWAY + "/api/inspections/self-reports").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        byte[] file = given().auth().oauth2(inspector).when().get(GATEWAY + "/api/inspections/evidence/" + evidence)
                .then().statusCode(200).extract().asByteArray();
        assertTrue(file.length > 0);
        String csv = given().auth().oauth2(PortalData.token("sho-officer"))
                .when().get(GATEWAY + "/api/contracts/engagements/export").then().statusCode(200).extract().asString();
        int exported = csv.split("\r\n").length - 1;
        assertTrue(exported > 0);

        Map<String, Object> read = first(records("user=sho-inspector&type=written-confirmation&action=READ"));
        assertEquals(engagement, read.get("resourceIds"));
        assertEquals("ALLOWED", read.get("outcome"));
        assertEquals(1, read.get("rowCount"));
        assertEquals("inspector", read.get("roles"));
        assertEquals("demo-sho", read.get("tenantId"));
        assertEquals("contract-service", read.get("service"));

        Map<String, Object> list = first(records("user=sho-inspector&type=self-report&action=LIST"));
        assertEquals(listed, list.get("rowCount"));
        assertEquals("inspection-service", list.get("service"));

        Map<String, Object> download = first(records("user=sho-inspector&type=evidence&action=DOWNLOAD"));
        assertEquals(evidence, download.get("resourceIds"));
        assertEquals("ALLOWED", download.get("outcome"));

        Map<String, Object> export = first(records("user=sho-officer&type=engagement&action=EXPORT"));
        assertEquals(exported, export.get("rowCount"));
        assertEquals("ALLOWED", export.get("outcome"));

        Map<String, Object> upload = first(records("user=alpha-user&type=evidence&action=CREATE"));
        assertEquals("org-alpha", upload.get("orgCode"));
    }

    @Test
    void aContractorsAttemptOnAnotherOrganisationsRowIsRecordedAsDenied() {
        given().auth().oauth2(PortalData.token("beta-user"))
                .when().get(GATEWAY + "/api/contracts/engagements/" + engagement + "/confirmation").then().statusCode(404);
        Map<String, Object> denied = first(records("user=beta-user&outcome=DENIED&type=written-confirmation"));
        assertEquals(engagement, denied.get("resourceIds"));
        assertEquals(404, denied.get("status"));
        assertEquals("org-beta", denied.get("orgCode"));
        assertEquals(0, denied.get("rowCount"));
        // and contractors never read the access records themselves
        given().auth().oauth2(PortalData.token("beta-user")).when().get(GATEWAY + "/api/contracts/audit/records")
                .then().statusCode(403);
    }

    @Test
    void theApplicationsRoleCannotUpdateARecord() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB_URL, "itaku", "itaku"); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE audit.access_record SET user_name = 'someone-else' WHERE tenant_id = 'demo-sho'"));
            assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("追記のみ"),
                    refused.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit.access_record"));
        }
    }

    @Test
    void aRowAlteredWithSuperuserSqlIsNamedByAuditVerify() throws Exception {
        given().auth().oauth2(PortalData.token("sho-inspector"))
                .when().get(GATEWAY + "/api/contracts/engagements/" + engagement + "/confirmation").then().statusCode(200);
        String victim = (String) first(records("user=sho-inspector&type=written-confirmation&action=READ")).get("id");
        assertEquals(0, verify().exit(), "intact before");
        try (Connection c = DriverManager.getConnection(DB_URL, "postgres", ""); Statement s = c.createStatement()) {
            String original;
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name FROM audit.access_record WHERE id = ?::uuid")) {
                ps.setString(1, victim);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    original = rs.getString(1);
                }
            }
            s.execute("SET session_replication_role = replica"); // a DBA's way past the append-only trigger
            try {
                s.executeUpdate("UPDATE audit.access_record SET user_name = 'sho-auditor' WHERE id = '" + victim + "'");
                Verify broken = verify();
                assertEquals(1, broken.exit(), broken.output());
                assertTrue(broken.output().contains("ALTERED"), broken.output());
                assertTrue(broken.output().contains(victim), broken.output());
                given().auth().oauth2(PortalData.token("sho-auditor")).when().get(GATEWAY + "/api/contracts/audit/verification")
                        .then().statusCode(200).body("status", equalTo("BROKEN")).body("firstProblem.recordId", equalTo(victim));
            } finally {
                try (PreparedStatement restore = c.prepareStatement("UPDATE audit.access_record SET user_name = ? WHERE id = ?::uuid")) {
                    restore.setString(1, original);
                    restore.setString(2, victim);
                    restore.executeUpdate();
                }
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
        Verify restored = verify();
        assertEquals(0, restored.exit(), restored.output());
        assertTrue(restored.output().contains("VERIFIED"), restored.output());
    }

    @Test
    void pastTheThresholdTheExportAsksForAReasonAndTheManagerIsNotified() {
        String chief = PortalData.token("sho-chief");
        JsonPath before = given().auth().oauth2(chief).when().get(GATEWAY + "/api/contracts/audit/settings")
                .then().statusCode(200).extract().jsonPath();
        try {
            given().auth().oauth2(chief).contentType(ContentType.JSON).body(Map.of("bulkThreshold", 1, "retentionYears",
                            before.getInt("retentionYears")))
                    .when().put(GATEWAY + "/api/contracts/audit/settings").then().statusCode(200);
            String officer = PortalData.token("sho-officer");
            String managerAddress = "sho-manager@demo-sho.example.jp";
            int mailsBefore = Mailbox.of(managerAddress).size();
            given().auth().oauth2(officer).when().get(GATEWAY + "/api/contracts/engagements/export")
                    .then().statusCode(428).contentType("application/problem+json")
                    .body("title", equalTo("大量ダウンロードの確認が必要です"))
                    .body("errors[0].field", equalTo("bulkReason"));
            String reason = "E2E: 年度末の委託案件の照合 " + System.nanoTime();
            given().auth().oauth2(officer).queryParam("bulkReason", reason)
                    .when().get(GATEWAY + "/api/contracts/engagements/export").then().statusCode(200);
            List<Map<String, Object>> notices = given().auth().oauth2(PortalData.token("sho-manager"))
                    .when().get(GATEWAY + "/api/contracts/audit/bulk-notices").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            Map<String, Object> notice = notices.stream().filter(n -> reason.equals(n.get("reason"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no notice for the manager: " + notices));
            assertEquals("sho-officer", notice.get("userName"));
            assertEquals(1, notice.get("threshold"));
            Map<String, Object> flagged = first(records("user=sho-officer&bulk=true&outcome=ALLOWED"));
            assertEquals(reason, flagged.get("bulkReason"));
            assertEquals(notice.get("recordId"), flagged.get("id"));
            // and by mail, to the 保護管理者 Keycloak knows for the agency (contract-service's BulkNoticeMail job)
            List<Mailbox.Mail> mails = Mailbox.await(managerAddress, mailsBefore + 1);
            assertTrue(mails.stream().anyMatch(m -> m.subject().contains("大量ダウンロードの通知")
                            && m.text().contains(reason) && m.text().contains("委託案件")),
                    "no bulk-download mail to the manager: " + mails);
        } finally {
            given().auth().oauth2(chief).contentType(ContentType.JSON)
                    .body(Map.of("bulkThreshold", before.getInt("bulkThreshold"), "retentionYears", before.getInt("retentionYears")))
                    .when().put(GATEWAY + "/api/contracts/audit/settings").then().statusCode(200);
        }
    }

    private static Map<String, Object> first(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        assertFalse(items.isEmpty(), "no matching access record");
        return items.get(0);
    }

    record Verify(int exit, String output) {
    }

    /** {@code ./itaku audit verify --tenant demo-sho}, as an operator runs it (repo root = the e2e module's parent). */
    static Verify verify() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Process p = new ProcessBuilder(root.resolve("itaku").toString(), "audit", "verify", "--tenant", "demo-sho")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "audit verify finished");
        return new Verify(p.exitValue(), out);
    }
}
