package jp.itaku.e2e.portal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contractor requests approval to re-subcontract; the request reaches the manager's queue with its verification. */
class SubcontractPortalE2ETest {

    private static String engagement;

    @BeforeAll
    static void prepare() {
        engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "再委託申請対象業務");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        PortalData.ownNode(engagement, "alpha-user");
    }

    @Test
    void contractorRequestsASubcontractAndTheManagerSeesItInTheQueue() {
        String subcontractor = "株式会社ガンマ運用 " + engagement.substring(0, 6);
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/engagements/" + engagement + "/chain", "alpha-user");
            browser.find(By.id("sc-name")).sendKeys(subcontractor);
            browser.find(By.id("sc-corporateNumber")).sendKeys("12345");
            browser.find(By.xpath("//button[text()='承認を申請する']")).click();
            assertTrue(browser.find(By.id("sc-workPart-error")).getText().contains("入力してください"));
            assertTrue(browser.find(By.id("sc-file-error")).getText().contains("再委託契約書"));
            assertEquals(subcontractor, browser.find(By.id("sc-name")).getAttribute("value"));
            browser.screenshot("contractor-07-subcontract-errors");

            browser.find(By.id("sc-corporateNumber")).clear();
            browser.find(By.id("sc-workPart")).sendKeys("夜間の監視業務");
            browser.find(By.id("sc-personalInfo")).sendKeys("氏名・住所");
            browser.find(By.id("sc-location")).sendKeys("ガンマ運用 大阪事業所");
            browser.find(By.id("sc-file")).sendKeys(PortalData.file("missing-w2.txt").getAbsolutePath());
            browser.find(By.xpath("//button[text()='承認を申請する']")).click();
            browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains("承認待ち"));
            browser.screenshot("contractor-08-subcontract-requested");
        }
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/approvals", "sho-manager");
            WebElement queue = browser.find(By.id("subcontracts-heading")).findElement(By.xpath(".."));
            assertTrue(queue.getText().contains(subcontractor), queue.getText());
            assertTrue(queue.getText().contains("W2"), "the subcontract's missing element is shown: " + queue.getText());
            browser.screenshot("manager-04-subcontract-in-queue");
        }
    }
}
