package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S2/S7 in a real browser: the auditor filters the access records, sees the chain verified, downloads the 監査報告書. */
class AuditPortalE2ETest {

    private static PortalBrowser browser;
    private static String engagement;

    @BeforeAll
    static void prepare() {
        engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "監査画面の対象業務");
        PortalData.confirm(engagement);
        given().auth().oauth2(PortalData.token("sho-inspector"))
                .when().get(PortalBrowser.GATEWAY + "/api/contracts/engagements/" + engagement + "/confirmation")
                .then().statusCode(200);
        browser = new PortalBrowser();
        browser.logInAt("/audit", "sho-auditor");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void auditorFiltersTheRecordsSeesVerifiedAndDownloadsTheAuditReport() {
        WebElement status = browser.find(By.id("chain-status"));
        assertTrue(status.getText().contains("検証済み"), status.getText());
        browser.screenshot("auditor-01-access-records");

        browser.find(By.id("user")).sendKeys("sho-inspector");
        new Select(browser.find(By.id("action"))).selectByValue("READ");
        browser.find(By.id("type")).sendKeys("written-confirmation");
        browser.find(By.id("apply-filters")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("user=sho-inspector"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.access-records tbody tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertTrue(row.getText().contains("sho-inspector"), row.getText());
            assertTrue(row.getText().contains("閲覧"), row.getText());
        }
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains(engagement)), "the inspector's read of " + engagement);
        assertEquals("sho-inspector", browser.find(By.id("user")).getAttribute("value"), "the filter stays filled in");
        browser.screenshot("auditor-02-filtered");

        browser.find(By.id("division")).sendKeys("情報政策課");
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/audit/report.pdf?division=' + encodeURIComponent(document.getElementById('division').value))"
                        + ".then(async r => { const b = new Uint8Array(await r.arrayBuffer());"
                        + " done({status: r.status, type: r.headers.get('content-type'),"
                        + " disposition: r.headers.get('content-disposition'), size: b.length,"
                        + " head: String.fromCharCode(...b.slice(0, 5))}); })"
                        + ".catch(e => done({status: -1, error: String(e)}));");
        assertEquals(200L, ((Number) pdf.get("status")).longValue(), String.valueOf(pdf));
        assertTrue(String.valueOf(pdf.get("type")).startsWith("application/pdf"), String.valueOf(pdf));
        assertEquals("%PDF-", pdf.get("head"));
        assertTrue(((Number) pdf.get("size")).longValue() > 2000, String.valueOf(pdf));
        assertTrue(String.valueOf(pdf.get("disposition")).contains("audit-report.pdf"), String.valueOf(pdf));

        // the download itself is an access record of the auditor
        browser.open("/audit?action=DOWNLOAD&type=audit-report&user=sho-auditor");
        assertTrue(browser.find(By.cssSelector("table.access-records tbody tr")).getText().contains("sho-auditor"));
    }

    @Test
    void aContractorHasNoAuditArea() {
        try (PortalBrowser contractor = new PortalBrowser()) {
            contractor.logInAt("/audit", "alpha-user");
            String text = contractor.mainText();
            assertTrue(text.contains("権限") || text.contains("監査責任者"), text);
            assertTrue(contractor.driver.findElements(By.cssSelector("table.access-records")).isEmpty());
        }
    }
}
