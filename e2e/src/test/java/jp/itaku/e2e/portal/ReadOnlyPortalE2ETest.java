package jp.itaku.e2e.portal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector's plan, the auditor's read-only dashboard and the English switch, in a real browser. */
class ReadOnlyPortalE2ETest {

    @Test
    void inspectorSeesThePlanAsListAndCalendar() {
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/plan", "sho-inspector");
            assertTrue(browser.mainText().contains("検査計画"));
            browser.screenshot("inspector-01-plan-list");
            browser.find(By.linkText("カレンダー")).click();
            browser.find(By.cssSelector(".calendar"));
            browser.screenshot("inspector-02-plan-calendar");
        }
    }

    @Test
    void auditorReadsTheDashboardAndCannotChangeAnything() {
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/dashboard", "sho-auditor");
            assertTrue(browser.mainText().contains("状態別の委託案件"), browser.mainText());
            assertFalse(browser.driver.findElements(By.cssSelector(".chart svg")).isEmpty());
            browser.screenshot("auditor-01-dashboard");
            browser.open("/engagements");
            assertTrue(browser.driver.findElements(By.cssSelector("a[href='/engagements/new']")).isEmpty());
            browser.open("/approvals");
            assertTrue(browser.mainText().contains("保護管理者"), browser.mainText());
        }
    }

    @Test
    void englishSwitchIsRememberedAcrossPages() {
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt("/contractors", "sho-officer");
            browser.find(By.cssSelector("a.lang-switch")).click();
            browser.waitForPath("/contractors");
            assertTrue(browser.find(By.tagName("h1")).getText().contains("Contractors"));
            browser.open("/engagements");
            assertTrue(browser.find(By.tagName("h1")).getText().contains("Engagements"));
            assertTrue(browser.find(By.tagName("html")).getAttribute("lang").equals("en"));
            browser.screenshot("officer-07-english");
            // skip link is the first thing the keyboard reaches
            browser.find(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            assertTrue(browser.driver.switchTo().activeElement().getAttribute("class").contains("skip-link"));
        }
    }
}
