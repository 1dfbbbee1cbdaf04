package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A contractor's user sees only its own organisation's engagements, also when editing the URL. */
class ContractorPortalE2ETest {

    private static PortalBrowser browser;
    private static String own;
    private static String other;

    @BeforeAll
    static void prepare() {
        own = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "アルファ向け委託");
        PortalData.uploadDraft(own, "full.txt");
        PortalData.confirm(own);
        PortalData.sendToReview(own);
        PortalData.approve(own);
        PortalData.ownNode(own, "alpha-user");
        other = PortalData.engagement(PortalData.contractor("org-beta", "ベータ・システムズ株式会社"), "ベータ向け委託");
        browser = new PortalBrowser();
        browser.logInAt("/engagements", "alpha-user");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void contractorSeesOnlyItsOwnOrganisationsEngagements() {
        browser.open("/engagements");
        assertFalse(browser.driver.findElements(By.cssSelector("a[href='/engagements/" + own + "']")).isEmpty());
        assertTrue(browser.driver.findElements(By.cssSelector("a[href='/engagements/" + other + "']")).isEmpty());
        browser.screenshot("contractor-01-engagements");
    }

    @Test
    void contractorSeesItsImprovementRequestsAndTheChainOfItsEngagement() {
        browser.open("/improvements");
        assertTrue(browser.find(By.tagName("h1")).getText().contains("改善要求"));
        browser.screenshot("contractor-05-improvements");
        browser.open("/engagements/" + own + "/chain");
        assertTrue(browser.mainText().contains("再委託の連鎖"), browser.mainText());
        browser.screenshot("contractor-06-chain");
    }

    @Test
    void contractorCannotOpenAnotherOrganisationsEngagementByEditingTheUrl() {
        browser.open("/engagements/" + other);
        String text = browser.mainText();
        assertTrue(text.contains("見つかりません"), text);
        assertFalse(text.contains("ベータ向け委託"), text);
        browser.screenshot("contractor-02-other-organisation");
    }
}
