package jp.itaku.provision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.provision.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class RegisterTest {

    /** A tenant with an agreed provision in 総務課, one in 統計課 with an amendment, and a draft. */
    static String tenantWithProvisions() {
        String tenant = Api.readyTenant();
        String agreed = Api.completeProvision(tenant);
        Api.issue(tenant, agreed);
        Map<String, Object> stats = Api.complete(Api.recipient(tenant, "LOCAL_GOVERNMENT"), "ITEM_3");
        stats.put("division", "統計課");
        stats.put("title", "=HYPERLINK(\"http://evil\")");
        String amended = Api.provision(tenant, stats);
        Api.issue(tenant, amended);
        stats.put("periodEnd", "2027-03-31");
        as(tenant, "procurement-officer").body(stats).put("/api/provisions/" + amended).then().statusCode(200);
        as(tenant, "protection-manager").body(Map.of("amendmentReason", "期間延長"))
                .post("/api/provisions/" + amended + "/agreements").then().statusCode(201);
        Map<String, Object> draft = Api.complete(Api.recipient(tenant, "PRIVATE_OR_INDIVIDUAL"), "ITEM_4");
        draft.put("title", "起案中の提供");
        Api.provision(tenant, draft);
        return tenant;
    }

    @Test
    void registerPerDivisionListsWhatWasProvidedToWhomOnWhichBasisInWhichPeriod() {
        String tenant = tenantWithProvisions();
        as(tenant, "auditor").get("/api/provisions/register?division=統計課").then().statusCode(200)
                .body("division", equalTo("統計課")).body("rows.size()", equalTo(1))
                .body("rows[0].legalBasis", equalTo("個人情報の保護に関する法律第69条第2項第3号"))
                .body("rows[0].periodEnd", equalTo("2027-03-31")).body("rows[0].agreementVersion", equalTo(2))
                .body("rows[0].recipientType", equalTo("地方公共団体・地方独立行政法人"));
        as(tenant, "chief-protection-manager").get("/api/provisions/register").then().statusCode(200)
                .body("rows.size()", equalTo(2)).body("rows.division", org.hamcrest.Matchers.containsInAnyOrder("総務課", "統計課"));
    }

    @Test
    void registerCsvIsUtf8WithBomQuotedAndSafeForSpreadsheets() {
        String tenant = tenantWithProvisions();
        byte[] csv = as(tenant, "inspector").get("/api/provisions/register/csv").then().statusCode(200)
                .contentType("text/csv").extract().asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("\"担当部署\",\"件名\",\"提供する保有個人情報\",\"提供先\""));
        String general = lines.stream().filter(l -> l.startsWith("\"総務課\"")).findFirst().orElseThrow();
        String stats = lines.stream().filter(l -> l.startsWith("\"統計課\"")).findFirst().orElseThrow();
        assertTrue(general.contains("\"総務課\",\"住民健診結果の提供\""), general);
        assertTrue(general.contains("\"個人情報の保護に関する法律第69条第2項第4号\""), general);
        assertTrue(stats.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), stats);
        assertTrue(stats.contains("\"2027-03-31\",\"合意済\",\"第2版\""), stats);
        assertFalse(String.join("", lines).contains("起案中の提供"));
    }

    @Test
    void registerPdfHasTheDivisionsRowsInJapanese() throws IOException {
        String tenant = tenantWithProvisions();
        byte[] pdf = as(tenant, "auditor").get("/api/provisions/register/pdf?division=総務課").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s　]", "");
            assertTrue(text.contains("保有個人情報の提供に関する台帳"));
            assertTrue(text.contains("担当部署：総務課"));
            assertTrue(text.contains("住民健診結果の提供"));
            assertTrue(text.contains("個人情報の保護に関する法律第69条第2項第4号"));
            assertTrue(text.contains("令和7年4月1日～令和8年3月31日"));
            assertFalse(text.contains("統計課"));
        }
    }

    @Test
    void registerIsTheCallersTenantsOnlyAndClosedToContractors() {
        String tenant = tenantWithProvisions();
        as(Api.readyTenant(), "auditor").get("/api/provisions/register").then().statusCode(200).body("rows.size()", equalTo(0));
        given().auth().oauth2(TestTokens.contractor(tenant, "org-alpha")).get("/api/provisions/register/csv")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.of(tenant, "platform-admin")).get("/api/provisions/register/pdf")
                .then().statusCode(403);
    }
}
