package jp.itaku.e2e.portal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provision to a third party (第8-1〜3, P1–P3) in real browsers, each person with their own login: the officer
 * registers a recipient and drafts a provision, sees each missing agreement item beside its field and completes it;
 * the manager issues 第1版 citing the article デモ省's setting gives; the PDF downloads and states that article; the
 * officer records a safety-measure request and the recipient's answer; the inspector records an on-site investigation
 * and an improvement request; the 台帳 lists the provision and its CSV and PDF download; the inspector closes the
 * improvement request. Another agency's provision is a 404 page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisionPortalE2ETest {

    /** デモ省 is a 行政機関 citing the current act (provision-service's demo data): 第4号 to a private company. */
    static final String ARTICLE = "個人情報の保護に関する法律第69条第2項第4号";
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String RECIPIENT = "【E2E】株式会社提供先 " + RUN;
    static final String TITLE = "【E2E】住民健診結果の提供 " + RUN;

    private static PortalBrowser officer;
    private static String provisionId;

    @BeforeAll
    static void logIn() {
        officer = new PortalBrowser();
        officer.logInAt("/provisions/recipients/new", "sho-officer");
    }

    @AfterAll
    static void quit() {
        if (officer != null) {
            officer.close();
        }
    }

    @Test
    @Order(1)
    void officerRegistersARecipientAfterFixingTheFieldsThePortalNamed() {
        officer.find(By.id("contactEmail")).sendKeys("not-an-address");
        officer.find(By.id("representative")).sendKeys("代表取締役 山田太郎");
        officer.find(By.id("recipient-submit")).click();
        WebElement nameError = officer.find(By.id("name-error"));
        assertTrue(nameError.getText().contains("提供先の名称を入力してください"), nameError.getText());
        assertTrue(officer.find(By.id("type-error")).getText().contains("種別"), officer.find(By.id("type-error")).getText());
        assertTrue(officer.find(By.id("contactEmail-error")).getText().contains("メールアドレスの形式"));
        assertEquals("代表取締役 山田太郎", officer.find(By.id("representative")).getAttribute("value"), "kept");
        officer.screenshot("provision-01-recipient-errors");

        officer.find(By.id("name")).sendKeys(RECIPIENT);
        new Select(officer.find(By.id("type"))).selectByValue("PRIVATE_OR_INDIVIDUAL");
        officer.find(By.id("contactEmail")).clear();
        officer.find(By.id("contactEmail")).sendKeys("sato@example.jp");
        officer.find(By.id("recipient-submit")).click();
        officer.waitForPath("/provisions/recipients?saved=1");
        assertTrue(officer.mainText().contains(RECIPIENT), officer.mainText());
    }

    @Test
    @Order(2)
    void officerDraftsTheProvisionAndSeesEveryMissingAgreementItemBesideItsField() {
        officer.open("/provisions");
        officer.find(By.id("provision-new")).click();
        officer.waitForPath("/provisions/new");
        officer.find(By.id("division")).sendKeys("健康推進課");
        officer.find(By.id("title")).sendKeys(TITLE);
        officer.find(By.id("informationFile")).sendKeys("健康診断結果ファイル");
        new Select(officer.find(By.id("recipientId"))).selectByVisibleText(RECIPIENT + "（民間事業者・個人）");
        new Select(officer.find(By.id("legalItem"))).selectByValue("ITEM_4");
        officer.find(By.id("purposeOfUse")).sendKeys("疫学研究のための統計分析");
        officer.find(By.id("provision-submit")).click();

        officer.wait.until(d -> d.getCurrentUrl().contains("/edit?saved=1"));
        provisionId = officer.driver.getCurrentUrl().replaceAll(".*/provisions/([0-9a-f-]{36})/edit.*", "$1");
        for (String field : List.of("businessLegalBasis", "recordScope", "recordItems", "usageMedia", "usageOnline",
                "usageFrequency", "periodStart", "periodEnd", "safetyMeasures")) {
            WebElement error = officer.find(By.id(field + "-error"));
            assertTrue(error.getText().endsWith("が入力されていません。"), field + ": " + error.getText());
        }
        assertTrue(officer.find(By.id("businessLegalBasis-error")).getText().contains("利用する業務の根拠法令"));
        assertTrue(officer.driver.findElements(By.id("purposeOfUse-error")).isEmpty(), "filled in: no error");
        assertEquals("疫学研究のための統計分析", officer.find(By.id("purposeOfUse")).getAttribute("value"));
        assertTrue(officer.find(By.id("form-alert")).getText().contains("下書きは保存されています"));
        officer.screenshot("provision-02-missing-items");
    }

    @Test
    @Order(3)
    void officerCompletesTheAgreementItems() {
        officer.find(By.id("businessLegalBasis")).sendKeys("健康増進法第16条");
        officer.find(By.id("recordScope")).sendKeys("令和7年度に受診した者の記録");
        officer.find(By.id("recordItems")).sendKeys("性別、年齢、検査結果（氏名・住所を除く）");
        officer.find(By.id("usageMedia")).sendKeys("暗号化した電子媒体");
        officer.find(By.id("usageOnline")).sendKeys("オンライン提供なし");
        officer.find(By.id("usageFrequency")).sendKeys("年1回");
        // the period runs backwards first: the service's message comes back beside the end date
        officer.setDate(By.id("periodStart"), "2027-04-01");
        officer.setDate(By.id("periodEnd"), "2026-04-01");
        officer.find(By.id("safetyMeasures")).sendKeys("施錠できる保管庫での保管、利用後の消去と消去証明書の提出");
        officer.find(By.id("provision-submit")).click();
        WebElement periodError = officer.find(By.id("periodEnd-error"));
        assertTrue(periodError.getText().contains("開始日以降"), periodError.getText());
        assertEquals("年1回", officer.find(By.id("usageFrequency")).getAttribute("value"), "nothing typed is lost");

        officer.setDate(By.id("periodStart"), "2026-04-01");
        officer.setDate(By.id("periodEnd"), "2027-03-31");
        officer.find(By.id("provision-submit")).click();
        officer.waitForPath("/provisions/" + provisionId + "?saved=1");
        assertTrue(officer.driver.findElements(By.id("missing-items")).isEmpty(), officer.mainText());
        assertTrue(officer.find(By.id("legal-basis")).getText().contains(ARTICLE), officer.find(By.id("legal-basis")).getText());
        assertTrue(officer.driver.findElements(By.id("issue-form")).isEmpty(), "only the manager issues");
        officer.screenshot("provision-03-complete");
    }

    @Test
    @Order(4)
    void managerIssuesTheFirstVersionAndItsPdfStatesTheArticle() throws IOException {
        try (PortalBrowser manager = new PortalBrowser()) {
            manager.logInAt("/provisions/" + provisionId, "sho-manager");
            assertTrue(manager.find(By.id("issue-cites")).getText().contains(ARTICLE), manager.find(By.id("issue-cites")).getText());
            WebElement issue = manager.find(By.id("issue-submit"));
            assertEquals("第1版を交付する", issue.getText());
            issue.click();
            WebElement version = manager.find(By.id("agreement-1"));
            assertTrue(version.getText().contains(ARTICLE), version.getText());
            assertEquals("合意済", manager.find(By.id("provision-state")).getText());
            manager.screenshot("provision-04-issued");

            manager.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) manager.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('agreement-pdf-1').href)"
                            + ".then(async r => { const b = new Uint8Array(await r.arrayBuffer()); let s = '';"
                            + " for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);"
                            + " done({status: r.status, type: r.headers.get('content-type'), body: btoa(s)}); })"
                            + ".catch(e => done({status: -1, error: String(e)}));");
            assertEquals(200L, ((Number) pdf.get("status")).longValue(), String.valueOf(pdf.get("error")));
            assertTrue(String.valueOf(pdf.get("type")).startsWith("application/pdf"), String.valueOf(pdf.get("type")));
            byte[] bytes = Base64.getDecoder().decode((String) pdf.get("body"));
            assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document).replaceAll("[\\s　]", "");
                assertTrue(text.contains(ARTICLE), "the agreement cites " + ARTICLE);
                assertTrue(text.contains("健康増進法第16条"), "and states the items");
            }
        }
    }

    @Test
    @Order(5)
    void officerRequestsSafetyMeasuresAndRecordsTheRecipientsAnswer() {
        officer.open("/provisions/" + provisionId);
        officer.find(By.cssSelector("#safety summary")).click();
        officer.find(By.id("safety-method")).sendKeys("書面の交付");
        // the measures the agreement requires are proposed; the request cites the article of 第70条
        assertTrue(officer.find(By.id("safety-measures")).getAttribute("value").contains("施錠できる保管庫"));
        officer.find(By.id("safety-submit")).click();
        officer.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("safety-requests"), "書面の交付"));
        assertTrue(officer.find(By.id("safety-requests")).getText().contains("第70条"), officer.find(By.id("safety-requests")).getText());
        officer.find(By.cssSelector("#safety-requests textarea[name=recipientResponse]"))
                .sendKeys("保管庫を施錠し、鍵は情報管理部長が保管します。");
        officer.find(By.cssSelector("#safety-requests button[type=submit]")).click();
        officer.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("safety-requests"), "鍵は情報管理部長が保管します"));
        assertTrue(officer.driver.findElements(By.cssSelector("#safety-requests textarea")).isEmpty(), "answered once");
        officer.screenshot("provision-05-safety");
    }

    @Test
    @Order(6)
    void inspectorRecordsAnInvestigationAndAnImprovementRequestAndTheRegisterListsIt() {
        try (PortalBrowser inspector = new PortalBrowser()) {
            inspector.logInAt("/provisions/" + provisionId, "sho-inspector");
            inspector.find(By.cssSelector("#investigation-details summary")).click();
            new Select(inspector.find(By.id("inv-timing"))).selectByValue("BEFORE_PROVISION");
            inspector.find(By.id("inv-investigator")).sendKeys("検査 一郎");
            inspector.find(By.id("inv-place")).sendKeys("提供先の本社（東京都）");
            inspector.find(By.id("inv-findings")).sendKeys("保管庫の施錠と入退室記録を確認した。持出し記録簿がない。");
            new Select(inspector.find(By.id("inv-result"))).selectByValue("IMPROVEMENT_REQUIRED");
            inspector.find(By.id("investigation-submit")).click();
            inspector.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("investigation-list"), "検査 一郎"));
            assertTrue(inspector.find(By.id("investigation-list")).getText().contains("改善を要する"));

            inspector.find(By.cssSelector("#improvement-details summary")).click();
            new Select(inspector.find(By.id("imp-investigationId"))).selectByIndex(1);
            inspector.find(By.id("imp-content")).sendKeys("持出し記録簿を備え、持出しの都度記録すること");
            inspector.setDate(By.id("imp-deadline"), "2020-01-01");
            inspector.find(By.id("improvement-submit")).click();
            // a deadline before the request is refused beside the field, the text kept
            WebElement deadlineError = inspector.find(By.id("imp-deadline-error"));
            assertFalse(deadlineError.getText().isBlank());
            assertEquals("持出し記録簿を備え、持出しの都度記録すること", inspector.find(By.id("imp-content")).getAttribute("value"));
            inspector.setDate(By.id("imp-deadline"), "2027-03-31");
            inspector.find(By.id("improvement-submit")).click();
            inspector.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("improvement-list"), "持出し記録簿を備え"));
            assertTrue(inspector.find(By.id("improvement-list")).getText().contains("2027-03-31"));
            inspector.screenshot("provision-05-follow-up");

            inspector.open("/provisions/register");
            WebElement row = inspector.find(By.id("register-" + provisionId));
            assertTrue(row.getText().contains(TITLE) && row.getText().contains(RECIPIENT), row.getText());
            assertTrue(row.getText().contains("第1版"), row.getText());
            assertTrue(row.getText().contains("1 / 1"), "one investigation, one open improvement request: " + row.getText());
            inspector.screenshot("provision-06-register");
            Object csv = ((JavascriptExecutor) inspector.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('register-csv').href).then(r => r.text().then(t => "
                            + "done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t)));");
            String answer = String.valueOf(csv);
            assertTrue(answer.startsWith("200 text/csv"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.contains(TITLE), "the CSV lists the provision");
            Object pdf = ((JavascriptExecutor) inspector.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('register-pdf').href).then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                            + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...b.slice(0, 5))); });");
            assertEquals("200 application/pdf %PDF-", String.valueOf(pdf));

            // the improvement is closed with its result; the register no longer counts it as open
            inspector.open("/provisions/" + provisionId);
            inspector.find(By.cssSelector("#improvement-list textarea[name=result]")).sendKeys("持出し記録簿を備えたことを確認した。");
            inspector.find(By.cssSelector("#improvement-list button[type=submit]")).click();
            inspector.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("improvement-list"), "完了"));
            assertTrue(inspector.find(By.id("improvement-list")).getText().contains("持出し記録簿を備えたことを確認した。"));
            inspector.open("/provisions/register");
            assertTrue(inspector.find(By.id("register-" + provisionId)).getText().contains("1 / 0"),
                    inspector.find(By.id("register-" + provisionId)).getText());
        }
    }

    @Test
    @Order(7)
    void anotherAgencysProvisionIsANotFoundPage() {
        List<Map<String, Object>> kikou = given().auth().oauth2(PortalData.token("kikou-officer")).queryParam("size", 1)
                .when().get(PortalBrowser.GATEWAY + "/api/provisions").then().statusCode(200).extract().path("items");
        assertFalse(kikou.isEmpty(), "デモ機構 has demo provisions");
        officer.open("/provisions/" + kikou.get(0).get("id"));
        assertTrue(officer.mainText().contains("見つかりません"), officer.mainText());
        assertFalse(officer.mainText().contains(String.valueOf(kikou.get(0).get("title"))));
    }
}
