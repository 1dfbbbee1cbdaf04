package jp.itaku.contract.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ReportAndExportTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");
    static final String MANAGER = TestTokens.of(TENANT_A, "protection-manager");
    static final List<String> ELEMENTS = List.of("C1a", "C1b", "C2", "C3", "C4", "C5a", "C5b", "C6a", "C6b", "W1", "W2");

    @Test
    void verificationReportPdfHasExtractableJapaneseTextAndEveryElement() throws Exception {
        String id = Fixtures.underReview(OFFICER, "OUTSOURCING", "org-" + UUID.randomUUID(),
                Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8));
        Fixtures.approve(MANAGER, id, 1, Fixtures.exceptionsFor(MANAGER, id, 1, false)).statusCode(201);
        byte[] pdf = given().auth().oauth2(TestTokens.of(TENANT_A, "auditor"))
                .get("/api/contracts/engagements/" + id + "/drafts/1/report.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        // kept for a look with pdftotext / a viewer
        java.nio.file.Files.write(java.nio.file.Path.of("target", "verification-report-sample.pdf"), pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("契約書案検証報告書"), text);
        assertTrue(text.contains("住民税関係帳票の印刷・封入封緘業務"));
        assertTrue(text.contains("第1版"));
        assertTrue(text.contains("令和"), "dates in wareki");
        for (String element : ELEMENTS) {
            assertTrue(text.contains(element), "element " + element + " shown");
        }
        assertTrue(text.contains("再委託の制限又は事前承認"));
        assertTrue(text.contains("【欠落】"));
        assertTrue(text.contains("対象外（業務委託）"), "D1 does not apply to outsourcing");
        assertTrue(text.contains("条項案:"), "suggested clauses for missing elements");
        assertTrue(text.contains("承認時の例外の理由"));
        assertTrue(text.contains("protection-manager@" + TENANT_A));
    }

    @Test
    void reportOfAnotherTenantsDraftIsNotFound() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "PDF", "org-" + UUID.randomUUID()), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "a.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor"))
                .get("/api/contracts/engagements/" + id + "/drafts/1/report.pdf").then().statusCode(404);
    }

    @Test
    void csvExportIsUtf8WithBomAndFlagsExpiredCertification() {
        String contractorId = Fixtures.contractor(OFFICER, "株式会社\"引用\"データ", "org-" + UUID.randomUUID());
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("kind", "PRIVACY_MARK", "number", "第10820001(05)号", "validUntil", "2020-03-31"))
                .post("/api/contracts/contractors/" + contractorId + "/certifications").then().statusCode(201);
        String id = Fixtures.engagement(OFFICER, contractorId, "OUTSOURCING");
        byte[] csv = given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get("/api/contracts/engagements/export?format=csv")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"ID\",\"件名\""));
        String row = text.lines().filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertTrue(row.contains("\"株式会社\"\"引用\"\"データ\""), row);
        assertTrue(row.contains("期限切れあり"), row);
        assertTrue(row.contains("\"高\""), row);
        assertTrue(row.contains("\"起案\""), row);
        assertTrue(text.contains("\r\n"));
    }

    @Test
    void jsonExportShowsOnlyTheCallersEngagements() {
        String org = "org-" + UUID.randomUUID();
        String own = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "自社", org), "DISPATCH");
        String other = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "他社", "org-" + UUID.randomUUID()), "OUTSOURCING");
        given().auth().oauth2(TestTokens.contractor(TENANT_A, org)).get("/api/contracts/engagements/export?format=json")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(own))
                .body("[0].kindLabel", equalTo("労働者派遣"));
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/contracts/engagements/export?format=json")
                .then().statusCode(200).body("id", not(hasItem(own)));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/export?format=xml").then().statusCode(400);
        assertFalse(own.equals(other));
    }
}
