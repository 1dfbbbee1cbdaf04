package jp.itaku.e2e.portal;

import jp.itaku.e2e.RunningSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 item 2, in headless Chromium against the running system: alpha (1) → beta (2) → gamma (3), and alpha →
 * delta (2); gamma's periodic inspection is overdue — its last inspection was recorded five years back, so the plan
 * moved its due date into the past (the running system's clock cannot be moved; the plan's own rule makes it overdue).
 * The agency sees the overdue state rolled up at the first level; beta's user sees only beta and gamma, delta's user
 * only delta and nothing of the overdue branch. axe-core audits every page (PortalBrowser).
 */
@ExtendWith(RunningSystem.class)
class ChainTreePortalE2ETest {

    private static String engagement;
    private static String root;
    private static String beta;
    private static String gamma;
    private static String delta;
    private static String gammaName;

    @BeforeAll
    static void prepare() {
        engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "連鎖ツリー確認業務");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        root = PortalData.ownNode(engagement, "alpha-user");
        beta = LedgerE2ETest.subcontract("alpha-user", root, "ベータ・システムズ株式会社", "org-beta", false, "JP");
        gammaName = "ガンマ保管株式会社 " + engagement.substring(0, 6);
        gamma = LedgerE2ETest.subcontract("beta-user", beta, gammaName,
                "org-e2e-gamma-" + UUID.randomUUID().toString().substring(0, 8), false, "JP");
        delta = LedgerE2ETest.subcontract("alpha-user", root, "デルタ運用株式会社", "org-delta", false, "JP");
        // a day no service calls future in any zone, five years back: the next inspection falls due long ago
        LedgerE2ETest.inspect(engagement, gamma, LocalDate.now(ZoneOffset.UTC).minusYears(5).toString());
    }

    private static String page() {
        return "/engagements/" + engagement + "/chain";
    }

    private static List<String> visibleNodes(PortalBrowser browser) {
        return browser.driver.findElements(By.cssSelector("li.chain-node")).stream().map(e -> e.getAttribute("id")).toList();
    }

    private static WebElement rollup(PortalBrowser browser, String node) {
        return browser.find(By.cssSelector("#node-" + node + " > details > summary .rollup"));
    }

    @Test
    void theOverdueInspectionAtTheThirdLevelShowsAtTheFirstAndCollapses() {
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt(page(), "sho-manager");
            assertEquals(Set.of("node-" + root, "node-" + beta, "node-" + gamma, "node-" + delta),
                    Set.copyOf(visibleNodes(browser)));
            // gamma's item is nested inside beta's
            assertEquals(1, browser.driver.findElements(By.cssSelector("#node-" + beta + " #node-" + gamma)).size());
            WebElement top = rollup(browser, root);
            assertEquals("INSPECTION_OVERDUE", top.getAttribute("data-concern"));
            assertTrue(top.getText().contains("検査期限超過") && top.getText().contains(gammaName), top.getText());
            assertTrue(top.getAttribute("class").contains("bad"));
            assertEquals("INSPECTION_OVERDUE", rollup(browser, beta).getAttribute("data-concern"));
            assertFalse(rollup(browser, delta).getAttribute("data-concern").equals("INSPECTION_OVERDUE"),
                    "a sibling's branch is its own");
            String gammaFacts = browser.find(By.cssSelector("#node-" + gamma + " [data-field=inspection]")).getText();
            assertTrue(gammaFacts.contains("期限超過"), gammaFacts);
            browser.screenshot("chain-01-tree-rolled-up");

            // collapse and expand with the keyboard: the summary is a native disclosure widget
            WebElement summary = browser.find(By.cssSelector("#node-" + beta + " > details > summary"));
            WebElement gammaItem = browser.find(By.id("node-" + gamma));
            summary.sendKeys(Keys.ENTER);
            browser.wait.until(d -> !gammaItem.isDisplayed());
            assertTrue(rollup(browser, beta).isDisplayed(), "the collapsed node still shows its subtree's worst state");
            browser.screenshot("chain-02-collapsed");
            summary.sendKeys(Keys.ENTER);
            browser.wait.until(d -> gammaItem.isDisplayed());
        }
    }

    @Test
    void aContractorSeesOnlyItsOwnSubtree() {
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt(page(), "beta-user");
            assertEquals(List.of("node-" + beta, "node-" + gamma), visibleNodes(browser));
            assertEquals("INSPECTION_OVERDUE", rollup(browser, beta).getAttribute("data-concern"));
            String main = browser.mainText();
            assertFalse(main.contains("株式会社アルファ情報処理") || main.contains("デルタ運用株式会社"), main);
            assertFalse(main.contains("利用者を招待"), "a contractor invites no one from the chain");
            browser.screenshot("chain-03-contractor-subtree");
        }
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt(page(), "delta-user");
            assertEquals(List.of("node-" + delta), visibleNodes(browser));
            assertFalse(browser.mainText().contains(gammaName), "nothing of the other branch");
            assertFalse(browser.mainText().contains("検査期限超過"), browser.mainText());
        }
    }
}
