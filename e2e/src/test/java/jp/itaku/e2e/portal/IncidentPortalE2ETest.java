package jp.itaku.e2e.portal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 事故等の報告 in a real browser on a tablet-sized window: ベータ (再委託先 of アルファ in デモ省's demo chain) reports,
 * is refused beside the field first, then files; the protection manager's list shows the PPC clocks.
 */
class IncidentPortalE2ETest {

    @Test
    void contractorFilesOnATabletAndTheManagersListShowsTheClock() {
        String title = "【E2E】持ち出しPCの紛失 " + UUID.randomUUID().toString().substring(0, 6);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.driver.manage().window().setSize(new Dimension(820, 1180));
            browser.logInAt("/incidents/new", "beta-user");
            // the contract's C4 clause is shown beside the form
            WebElement clause = browser.find(By.id("c4-clause"));
            assertTrue(clause.getText().contains("漏えい"), clause.getText());
            assertTrue(!clause.findElements(By.tagName("blockquote")).isEmpty(), "the verified sentence is quoted: " + clause.getText());
            new Select(browser.find(By.id("inc-nodeId"))).selectByVisibleText(
                    browser.find(By.id("inc-nodeId")).findElements(By.tagName("option")).stream()
                            .map(WebElement::getText).filter(t -> t.contains("ベータ") && t.contains("第2層")).findFirst()
                            .orElseThrow(() -> new AssertionError("ベータ's node (depth 2) is not offered")));
            browser.find(By.id("inc-title")).sendKeys(title);
            browser.setDate(By.id("inc-discoveredOn"), tomorrow);
            browser.find(By.id("inc-affectedCount")).sendKeys("-5");
            browser.find(By.cssSelector("input[name=categories][value=SENSITIVE]")).click();
            browser.find(By.id("inc-submit")).click();

            WebElement error = browser.find(By.id("inc-discoveredOn-error"));
            assertTrue(error.getText().contains("未来の日付"), error.getText());
            assertTrue(browser.find(By.id("inc-affectedCount-error")).getText().contains("0以上"));
            assertEquals(title, browser.find(By.id("inc-title")).getAttribute("value"), "what was typed is kept");
            assertTrue(browser.find(By.cssSelector("input[name=categories][value=SENSITIVE]")).isSelected());
            // beside its field on the tablet layout: the message sits right under the date input
            WebElement input = browser.find(By.id("inc-discoveredOn"));
            assertTrue(error.getLocation().getY() > input.getLocation().getY()
                    && error.getLocation().getY() - input.getLocation().getY() < 120, "error beside the field");
            browser.screenshot("contractor-09-incident-errors-tablet");

            browser.setDate(By.id("inc-discoveredOn"), LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
            browser.find(By.id("inc-affectedCount")).clear();
            browser.find(By.id("inc-affectedCount")).sendKeys("12");
            browser.find(By.id("inc-facts")).sendKeys("移動中の電車内で業務用PCを置き忘れた。");
            browser.find(By.id("inc-submit")).click();
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/incidents/[0-9a-f-]{36}\\?filed=1$"));
            assertTrue(browser.mainText().contains(title), browser.mainText());
            assertTrue(browser.find(By.id("timeline")).getText().contains("受け付けました"));
            browser.screenshot("contractor-10-incident-filed");
        }
        try (PortalBrowser manager = new PortalBrowser()) {
            manager.logInAt("/incidents", "sho-manager");
            WebElement row = manager.find(By.xpath("//table[@id='incident-list']//tr[.//a[text()='" + title + "']]"));
            assertTrue(row.getText().contains("報告対象"), row.getText());
            assertTrue(row.getText().contains("あと") && row.getText().contains("日"), "days left shown: " + row.getText());
            assertTrue(row.getText().contains("未受付"), row.getText());
            manager.screenshot("manager-05-incident-list");
            manager.open("/dashboard");
            assertTrue(manager.find(By.id("incidents-card")).getText().contains("対応中"));
        }
    }
}
