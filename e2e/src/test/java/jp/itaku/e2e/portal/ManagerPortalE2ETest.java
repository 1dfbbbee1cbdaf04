package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protection manager's approval queue in a real browser. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagerPortalE2ETest {

    private static PortalBrowser browser;
    private static String engagementId;

    @BeforeAll
    static void prepare() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        engagementId = PortalData.engagement(alpha, "国民健康保険システム運用業務");
        PortalData.uploadDraft(engagementId, "full.txt");
        PortalData.confirm(engagementId);
        PortalData.sendToReview(engagementId);
        browser = new PortalBrowser();
        browser.logInAt("/approvals", "sho-manager");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void refusingWithoutAReasonShowsTheMessageBesideTheField() {
        WebElement item = browser.find(By.id("engagement-" + engagementId));
        browser.screenshot("manager-01-queue");
        item.findElement(By.cssSelector("button[value=refuse]")).click();
        WebElement error = browser.find(By.id("reason-" + engagementId + "-error"));
        assertTrue(error.getText().contains("理由を入力してください"), error.getText());
        assertEquals("UNDER_REVIEW", PortalData.state(engagementId));
    }

    @Test
    @Order(2)
    void managerApprovesTheContract() {
        browser.open("/approvals");
        WebElement item = browser.find(By.id("engagement-" + engagementId));
        item.findElement(By.name("reason")).sendKeys("第8-4の要素をすべて確認した。");
        item.findElement(By.cssSelector("button[value=approve]")).click();
        WebElement done = browser.find(By.id("done-message"));
        assertTrue(done.getText().contains("承認しました"), done.getText());
        assertTrue(browser.driver.findElements(By.id("engagement-" + engagementId)).isEmpty());
        assertEquals("APPROVED", PortalData.state(engagementId));
        browser.screenshot("manager-02-approved");
    }

    @Test
    @Order(3)
    void aPageForAnotherRoleExplainsWhichRoleIsNeeded() {
        browser.open("/engagements/new");
        String text = browser.mainText();
        assertTrue(text.contains("権限がありません"), text);
        assertTrue(text.contains("調達担当者"), text);
        browser.screenshot("manager-03-forbidden");
    }
}
