package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contractor's annual self-report in a real browser: required answers, evidence upload, a clear submitted state. */
class ContractorSelfReportE2ETest {

    private static PortalBrowser browser;
    private static String nodeId;

    @BeforeAll
    static void prepare() {
        String engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "自己点検対象業務");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        nodeId = PortalData.ownNode(engagement, "alpha-user");
        browser = new PortalBrowser();
        browser.logInAt("/self-reports", "alpha-user");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void contractorSubmitsTheSelfReportWithAFile() {
        browser.find(By.id("start-" + nodeId)).click();
        browser.wait.until(d -> d.getCurrentUrl().matches(".*/self-reports/[0-9a-f-]{36}$"));

        // submitting with required questions unanswered: a Japanese message beside each, what was typed kept
        browser.find(By.id("c-Q8")).sendKeys("責任者を4月に変更しました。");
        browser.find(By.cssSelector("input[name='q.Q1'][value=YES]")).click();
        browser.find(By.id("submit-report")).click();
        WebElement q2 = browser.find(By.id("q-Q2-error"));
        assertTrue(q2.getText().contains("必須"), q2.getText());
        assertEquals("責任者を4月に変更しました。", browser.find(By.id("c-Q8")).getAttribute("value"));
        assertTrue(browser.find(By.cssSelector("input[name='q.Q1'][value=YES]")).isSelected());
        browser.screenshot("contractor-03-self-report-errors");

        for (WebElement yes : browser.driver.findElements(By.cssSelector("input[type=radio][value=YES]"))) {
            if (!yes.isSelected()) {
                yes.click();
            }
        }
        browser.find(By.id("file")).sendKeys(PortalData.file("evidence-pledge.pdf").getAbsolutePath());
        browser.find(By.id("submit-report")).click();
        WebElement submitted = browser.find(By.id("submitted-message"));
        assertTrue(submitted.getText().contains("提出済み"), submitted.getText());
        assertTrue(browser.mainText().contains("evidence-pledge.pdf"), browser.mainText());
        assertTrue(browser.driver.findElements(By.id("submit-report")).isEmpty(), "a submitted report cannot be submitted again");
        browser.screenshot("contractor-04-self-report-submitted");
        String report = browser.driver.getCurrentUrl().replaceAll("^.*(/self-reports/[0-9a-f-]{36}).*$", "$1");

        try (PortalBrowser inspector = new PortalBrowser()) {
            inspector.logInAt(report, "sho-inspector");
            inspector.find(By.cssSelector("button[value=RETURN]")).click();
            assertTrue(inspector.find(By.cssSelector("#comment + .field-error, .field-error")).getText().contains("理由"));
            inspector.find(By.id("comment")).sendKeys("証跡を確認した。");
            inspector.find(By.cssSelector("button[value=ACCEPT]")).click();
            inspector.wait.until(d -> d.findElement(By.id("report-status")).getText().contains("受理"));
            inspector.screenshot("inspector-06-self-report-accepted");
        }
    }
}
