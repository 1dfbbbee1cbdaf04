package jp.itaku.contract.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jp.itaku.common.access.AccessChain;
import jp.itaku.common.access.AccessRecord;
import jp.itaku.common.access.AccessRecordStore;
import jp.itaku.common.access.AnchorWriter;
import jp.itaku.common.access.AccessPruning;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * S2/S3 through contract-service: the records the annotated endpoints leave, denied attempts, append-only, the chain's
 * verification naming an altered or deleted row, and the bulk-download confirmation. Every test works in a tenant
 * of its own (the audit schema is shared and keeps rows across runs).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class AccessRecordTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AnchorWriter anchors;

    @Inject
    jp.itaku.common.time.ItakuClock clock;

    static String tenant() {
        return "audit-" + UUID.randomUUID();
    }

    static JsonPath records(String tenant, String query) {
        return given().auth().oauth2(TestTokens.of(tenant, "auditor"))
                .get("/api/contracts/audit/records?size=200" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    static String engagementWithConfirmation(String officer, String org) {
        String id = Fixtures.engagement(officer, Fixtures.contractor(officer, "記録対象の委託先", org), "OUTSOURCING");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Fixtures.confirmationBody())
                .put("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        return id;
    }

    @Test
    void readingAWrittenConfirmationLeavesAnAllowedRecordWithTheUserAndTheEngagement() {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.of(t, "inspector")).get("/api/contracts/engagements/" + id + "/confirmation")
                .then().statusCode(200);

        JsonPath reads = records(t, "&type=written-confirmation&action=READ");
        assertEquals(1, reads.getInt("total"));
        assertEquals("inspector@" + t, reads.getString("items[0].userName"));
        assertEquals("inspector", reads.getString("items[0].roles"));
        assertEquals("ALLOWED", reads.getString("items[0].outcome"));
        assertEquals(1, reads.getInt("items[0].rowCount"));
        assertEquals(id, reads.getString("items[0].resourceIds"));
        assertEquals("/api/contracts/engagements/" + id + "/confirmation", reads.getString("items[0].path"));
        assertEquals("contract-service", reads.getString("items[0].service"));
        assertEquals("API", reads.getString("items[0].channel"));

        JsonPath changes = records(t, "&type=written-confirmation&action=UPDATE");
        assertEquals(1, changes.getInt("total"), "the change committed with its record");
        assertEquals("procurement-officer@" + t, changes.getString("items[0].userName"));
    }

    @Test
    void anotherOrganisationsConfirmationIsRecordedAsDeniedAndAWrongRoleToo() {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-mine-" + UUID.randomUUID());
        given().auth().oauth2(TestTokens.contractor(t, "org-other")).get("/api/contracts/engagements/" + id + "/confirmation")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of(t, "platform-admin")).get("/api/contracts/engagements/" + id + "/confirmation")
                .then().statusCode(403);

        JsonPath denied = records(t, "&outcome=DENIED");
        assertEquals(2, denied.getInt("total"));
        List<Map<String, Object>> items = denied.getList("items");
        Map<String, Object> byRole = items.stream().filter(r -> r.get("status").equals(403)).findFirst().orElseThrow();
        Map<String, Object> byOrg = items.stream().filter(r -> r.get("status").equals(404)).findFirst().orElseThrow();
        assertEquals("contractor@org-other", byOrg.get("userName"));
        assertEquals("org-other", byOrg.get("orgCode"));
        assertEquals(0, byOrg.get("rowCount"));
        assertEquals(id, byOrg.get("resourceIds"));
        assertEquals("platform-admin", byRole.get("roles"));
    }

    @Test
    void aRefusedChangeIsRecordedAsFailedAndChangesNothing() {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        Map<String, Object> blankManagement = new java.util.HashMap<>(Fixtures.confirmationBody());
        blankManagement.put("managementStructure", "");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(blankManagement)
                .put("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(400);
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation")
                .then().statusCode(200).body("managementStructure", equalTo(Fixtures.confirmationBody().get("managementStructure")));
        JsonPath failed = records(t, "&outcome=FAILED");
        assertEquals(1, failed.getInt("total"));
        assertEquals("UPDATE", failed.getString("items[0].action"));
        assertEquals(400, failed.getInt("items[0].status"));
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAnAccessRecord() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        String recordId = records(t, "&type=written-confirmation").getString("items[0].id");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE audit.access_record SET user_name = 'someone-else' WHERE id = '" + recordId + "'"));
            assertTrue(update.getMessage().contains("追記のみ"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM audit.access_record WHERE id = '" + recordId + "'"));
            assertTrue(delete.getMessage().contains("追記のみ"), delete.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit.access_record"));
        }
        assertEquals("procurement-officer@" + t, records(t, "&type=written-confirmation").getString("items[0].userName"));
    }

    @Test
    void verificationNamesTheRecordASuperuserAltered() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        }
        String auditor = TestTokens.of(t, "auditor");
        given().auth().oauth2(auditor).get("/api/contracts/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("status", equalTo("VERIFIED"));

        JsonPath reads = records(t, "&action=READ");
        String victim = reads.getString("items[1].id");
        long victimSeq = reads.getLong("items[1].seq");
        asSuperuserBypassingTriggers("UPDATE audit.access_record SET user_name = 'nobody' WHERE id = '" + victim + "'");

        JsonPath report = given().auth().oauth2(auditor).get("/api/contracts/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(report.getBoolean("intact"));
        assertEquals("BROKEN", report.getString("status"));
        assertEquals("ALTERED", report.getString("firstProblem.kind"));
        assertEquals(victim, report.getString("firstProblem.recordId"));
        assertEquals(victimSeq, report.getLong("firstProblem.seq"));
        assertTrue(report.getString("firstProblem.message").contains(victim));
    }

    @Test
    void verificationNamesTheGapOfADeletedRecord() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        }
        JsonPath reads = records(t, "&action=READ");
        long seq = reads.getLong("items[1].seq");
        asSuperuserBypassingTriggers("DELETE FROM audit.access_record WHERE tenant_id = '" + t + "' AND seq = " + seq);
        JsonPath report = given().auth().oauth2(TestTokens.of(t, "chief-protection-manager"))
                .get("/api/contracts/audit/verification").then().statusCode(200).extract().jsonPath();
        assertEquals("DELETED", report.getString("firstProblem.kind"));
        assertEquals(seq, report.getLong("firstProblem.seq"));
    }

    @Test
    void aRewrittenAndRehashedChainIsCaughtByTheSignedDailyAnchor() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        assertTrue(anchors.anchorAll() >= 1);
        String auditor = TestTokens.of(t, "auditor");
        given().auth().oauth2(auditor).get("/api/contracts/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("anchorsChecked", equalTo(1));
        // whoever rewrites the anchored record and recomputes its hash (and so every later link) keeps the walk
        // consistent: only the signed anchor still knows the old head
        long anchored;
        AccessRecord original;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT head_seq FROM audit.access_anchor WHERE tenant_id = '" + t + "'")) {
                assertTrue(rs.next());
                anchored = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM audit.access_record WHERE tenant_id = '" + t
                    + "' AND seq = " + anchored)) {
                assertTrue(rs.next());
                original = AccessRecordStore.read(rs);
            }
        }
        AccessRecord forged = new AccessRecord(original.id(), original.tenantId(), original.seq(), original.recordedAt(),
                original.service(), original.userId(), "someone-else", original.displayName(), original.roles(),
                original.orgCode(), original.action(), original.resourceType(), original.resourceIds(), original.path(),
                original.query(), original.rowCount(), original.outcome(), original.status(), original.clientAddress(),
                original.channel(), original.bulk(), original.bulkReason(), original.prevHash(), null);
        String forgedHash = AccessChain.hash(forged);
        asSuperuserBypassingTriggers("UPDATE audit.access_record SET user_name = 'someone-else', hash = '" + forgedHash
                + "' WHERE id = '" + original.id() + "'");
        asSuperuserBypassingTriggers("UPDATE audit.access_record SET prev_hash = '" + forgedHash
                + "' WHERE tenant_id = '" + t + "' AND seq = " + (anchored + 1));
        // (the next record's own hash then no longer matches: rehash it as well, as a careful forger would)
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM audit.access_record WHERE tenant_id = '" + t
                     + "' AND seq > " + anchored + " ORDER BY seq")) {
            List<String> fixes = new java.util.ArrayList<>();
            String prev = forgedHash;
            while (rs.next()) {
                AccessRecord r = AccessRecordStore.read(rs);
                AccessRecord relinked = new AccessRecord(r.id(), r.tenantId(), r.seq(), r.recordedAt(), r.service(),
                        r.userId(), r.userName(), r.displayName(), r.roles(), r.orgCode(), r.action(), r.resourceType(),
                        r.resourceIds(), r.path(), r.query(), r.rowCount(), r.outcome(), r.status(), r.clientAddress(),
                        r.channel(), r.bulk(), r.bulkReason(), prev, null);
                prev = AccessChain.hash(relinked);
                fixes.add("UPDATE audit.access_record SET prev_hash = '" + relinked.prevHash() + "', hash = '" + prev
                        + "' WHERE id = '" + r.id() + "'");
            }
            for (String fix : fixes) {
                asSuperuserBypassingTriggers(fix);
            }
        }
        JsonPath report = given().auth().oauth2(auditor).get("/api/contracts/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(report.getBoolean("intact"));
        assertEquals("ANCHOR_MISMATCH", report.getString("firstProblem.kind"), report.prettify());
        assertEquals(anchored, report.getLong("firstProblem.seq"));
    }

    @Test
    void pruningPastTheRetentionKeepsTheRestVerifiable() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String chief = TestTokens.of(t, "chief-protection-manager");
        given().auth().oauth2(chief).contentType(ContentType.JSON).body(Map.of("bulkThreshold", 1000, "retentionYears", 2))
                .put("/api/contracts/audit/settings").then().statusCode(200);
        String id;
        try {
            clock.fixAt(java.time.OffsetDateTime.parse("2023-04-01T10:00+09:00"));
            id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
            given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        } finally {
            clock.useSystemTime();
        }
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        long before = records(t, "").getLong("total");

        AccessPruning.Result result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            result = AccessPruning.prune(c, t, 5, clock.instant(), "test");
            c.commit();
        }
        assertEquals(2, result.retentionYears(), "the agency's own period");
        assertEquals(2, result.removed(), "the 2023 change and read");
        JsonPath report = given().auth().oauth2(TestTokens.of(t, "auditor")).get("/api/contracts/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("intact"), report.prettify());
        assertEquals(result.throughSeq() + 1, report.getLong("firstSeq"));
        assertEquals(before - 2 + 1, records(t, "").getLong("total"), "the rest kept (plus the auditor's own listing)");
        // and outside pruning, deleting stays refused
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit.access_record WHERE tenant_id = '" + t + "'"));
        }
    }

    @Test
    void monthlyAnalysisCountsUsersDeniedAndOffHoursAndExportsAsCsvAndPdf() {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id;
        try {
            clock.fixAt(java.time.OffsetDateTime.parse("2026-11-14T23:30+09:00")); // a Saturday night
            id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
            given().auth().oauth2(TestTokens.contractor(t, "org-other")).get("/api/contracts/engagements/" + id + "/confirmation")
                    .then().statusCode(404);
            clock.fixAt(java.time.OffsetDateTime.parse("2026-11-16T10:00+09:00")); // a Monday morning
            given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        } finally {
            clock.useSystemTime();
        }
        String auditor = TestTokens.of(t, "auditor");
        JsonPath a = given().auth().oauth2(auditor).get("/api/contracts/audit/analysis?month=2026-11")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("2026-11", a.getString("month"));
        assertEquals(3, a.getLong("total"), "the confirmation entered, the contractor's denied read, the officer's read");
        assertEquals(1, a.getLong("denied"));
        assertEquals(2, a.getLong("offHours"), "what happened on Saturday night");
        assertEquals(0, a.getLong("platformStaff"));
        assertEquals(2, a.getList("users").size());
        byte[] csv = given().auth().oauth2(auditor).get("/api/contracts/audit/analysis.csv?month=2026-11")
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 BOM");
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"contractor@org-other\""), text);
        byte[] pdf = given().auth().oauth2(auditor).get("/api/contracts/audit/analysis.pdf?month=2026-11")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        given().auth().oauth2(auditor).get("/api/contracts/audit/analysis?month=2026-13").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void theAuditReportIsAPdfForTheDivisionEvenWhenOtherServicesAreDown() throws Exception {
        String t = tenant();
        engagementWithConfirmation(TestTokens.of(t, "procurement-officer"), "org-" + UUID.randomUUID());
        byte[] pdf = given().auth().oauth2(TestTokens.of(t, "chief-protection-manager"))
                .get("/api/contracts/audit/report.pdf?division=税務課").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("監査報告書"), text);
        assertTrue(text.contains("住民税関係帳票の印刷・封入封緘業務"), text);
        assertTrue(text.contains("取得できませんでした"), "the missing parts are named: " + text);
        assertTrue(text.contains("検証済み"), text);
        given().auth().oauth2(TestTokens.contractor(t, "org-x")).get("/api/contracts/audit/report.pdf").then().statusCode(403);
    }

    @Test
    void concurrentReadsChainOneAfterAnother() throws Exception {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(pool.submit(() -> given().auth().oauth2(officer)
                        .get("/api/contracts/engagements/" + id + "/confirmation").statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath report = given().auth().oauth2(TestTokens.of(t, "auditor")).get("/api/contracts/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("intact"), report.prettify());
        assertEquals(report.getLong("records"), report.getLong("headSeq"));
        assertEquals(25, records(t, "&type=written-confirmation").getInt("total"));
    }

    @Test
    void aReadRecordThatCannotBeAppendedLeavesNoHalfTransactionAndTheChainIntact() throws SQLException {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String id = engagementWithConfirmation(officer, "org-" + UUID.randomUUID());
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        try (Connection c = dataSource.getConnection()) {
            List<AccessRecord> chain = new java.util.ArrayList<>();
            AccessRecordStore.forEachInChain(c, t, chain::add);
            AccessRecord first = chain.get(chain.size() - 1);
            // the same id again: the INSERT fails inside the one-round-trip transaction
            SQLException refused = assertThrows(SQLException.class, () -> AccessRecordStore.appendCommitted(c, first));
            assertEquals("23505", refused.getSQLState(), refused.toString());
            assertTrue(c.getAutoCommit());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT txid_current_if_assigned()")) {
                assertTrue(rs.next()); // a statement runs: no aborted transaction was left open on the connection
                assertEquals(null, rs.getObject(1));
            }
        }
        given().auth().oauth2(officer).get("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        JsonPath report = given().auth().oauth2(TestTokens.of(t, "auditor")).get("/api/contracts/audit/verification")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(report.getBoolean("intact"), report.prettify());
        assertEquals(report.getLong("records"), report.getLong("headSeq"));
    }

    @Test
    void pastTheThresholdTheExportWaitsForAReasonAndTheManagerIsNotified() {
        String t = tenant();
        String officer = TestTokens.of(t, "procurement-officer");
        String chief = TestTokens.of(t, "chief-protection-manager");
        given().auth().oauth2(chief).contentType(ContentType.JSON).body(Map.of("bulkThreshold", 3, "retentionYears", 5))
                .put("/api/contracts/audit/settings").then().statusCode(200).body("bulkThreshold", equalTo(3));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("bulkThreshold", 3000, "retentionYears", 5))
                .put("/api/contracts/audit/settings").then().statusCode(403);
        String contractor = Fixtures.contractor(officer, "一括出力の委託先", "org-" + UUID.randomUUID());
        Fixtures.engagement(officer, contractor, "OUTSOURCING");
        Fixtures.engagement(officer, contractor, "OUTSOURCING");
        given().auth().oauth2(officer).get("/api/contracts/engagements/export").then().statusCode(200);
        Fixtures.engagement(officer, contractor, "OUTSOURCING");
        // 2 already today + 3 now > 3
        given().auth().oauth2(officer).get("/api/contracts/engagements/export").then().statusCode(428)
                .contentType("application/problem+json")
                .body("title", equalTo("大量ダウンロードの確認が必要です"))
                .body("errors[0].field", equalTo("bulkReason"));
        given().auth().oauth2(officer).get("/api/contracts/engagements/export?bulkReason=短い").then().statusCode(428);
        String csv = given().auth().oauth2(officer).queryParam("bulkReason", "年度末の委託先一覧の照合のため")
                .get("/api/contracts/engagements/export").then().statusCode(200).extract().asString();
        assertEquals(4, csv.split("\r\n").length, "header + 3 rows");

        JsonPath flagged = records(t, "&bulk=true&outcome=ALLOWED");
        assertEquals(1, flagged.getInt("total"));
        assertEquals("年度末の委託先一覧の照合のため", flagged.getString("items[0].bulkReason"));
        assertEquals(3, flagged.getInt("items[0].rowCount"));
        assertEquals(2, records(t, "&outcome=CONFIRMATION_REQUIRED").getInt("total"));

        JsonPath notices = given().auth().oauth2(TestTokens.of(t, "protection-manager"))
                .get("/api/contracts/audit/bulk-notices").then().statusCode(200).extract().jsonPath();
        assertEquals(1, notices.getList("").size());
        assertEquals("procurement-officer@" + t, notices.getString("[0].userName"));
        assertEquals(5, notices.getInt("[0].todayTotal"));
        assertEquals(3, notices.getInt("[0].threshold"));
        assertEquals(flagged.getString("items[0].id"), notices.getString("[0].recordId"));
    }

    @Test
    void onlyAuditorsAndTheChiefReadAccessRecords() {
        String t = tenant();
        for (String role : List.of("procurement-officer", "protection-manager", "inspector", "platform-admin")) {
            given().auth().oauth2(TestTokens.of(t, role)).get("/api/contracts/audit/records").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.contractor(t, "org-x")).get("/api/contracts/audit/records").then().statusCode(403);
        given().auth().oauth2(TestTokens.contractor(t, "org-x")).get("/api/contracts/audit/verification").then().statusCode(403);
        given().auth().oauth2(TestTokens.of(t, "chief-protection-manager")).get("/api/contracts/audit/records").then().statusCode(200);
    }

    @Test
    void badFiltersAnswerAJapaneseProblem() {
        String auditor = TestTokens.of(tenant(), "auditor");
        given().auth().oauth2(auditor).get("/api/contracts/audit/records?from=2026-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().auth().oauth2(auditor).get("/api/contracts/audit/records?action=PEEK").then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        given().auth().oauth2(auditor).get("/api/contracts/audit/records?size=100000").then().statusCode(400);
        given().auth().oauth2(TestTokens.of(tenant(), "chief-protection-manager")).contentType(ContentType.JSON)
                .body(Map.of("bulkThreshold", 0, "retentionYears", 5)).put("/api/contracts/audit/settings")
                .then().statusCode(400).body("errors[0].field", equalTo("bulkThreshold"));
    }

    @Test
    void anotherTenantsRecordsAreNeverShown() {
        String a = tenant();
        String b = tenant();
        engagementWithConfirmation(TestTokens.of(a, "procurement-officer"), "org-" + UUID.randomUUID());
        JsonPath seenByB = records(b, "");
        assertTrue(seenByB.getList("items").stream()
                .noneMatch(r -> a.equals(((Map<?, ?>) r).get("tenantId"))), "no record of tenant a");
        assertTrue(records(a, "").getInt("total") > 0);
    }

    private void asSuperuserBypassingTriggers(String sql) throws SQLException {
        // the tests' role is the superuser postgres: replica mode skips ordinary triggers, as a DBA could
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                s.executeUpdate(sql);
            } finally {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
    }
}
