package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector logs an on-site check from the plan: checklist, a document upload, completion. */
class InspectorCheckE2ETest {

    private static PortalBrowser browser;

    @BeforeAll
    static void prepare() {
        String engagement = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "実地検査対象業務");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        PortalData.ownNode(engagement, "sho-inspector");
        browser = new PortalBrowser();
        browser.logInAt("/plan", "sho-inspector");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void inspectorLogsAnOnSiteCheckWithChecklistAndUpload() {
        browser.find(By.linkText("検査を記録")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/checks/new"));

        // a date in the future and no attendees: messages beside the fields, the place kept
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(2).toString();
        browser.setDate(By.id("performedOn"), tomorrow);
        browser.find(By.id("place")).sendKeys("受託者本社 5階 執務室");
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        assertTrue(browser.find(By.id("attendees-error")).getText().contains("立会者"));
        assertEquals("受託者本社 5階 執務室", browser.find(By.id("place")).getAttribute("value"));
        browser.screenshot("inspector-03-check-form-errors");

        browser.setDate(By.id("performedOn"), LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        browser.find(By.id("attendees")).sendKeys("委託 太郎");
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.wait.until(d -> d.getCurrentUrl().matches(".*/checks/[0-9a-f-]{36}$"));

        // a finding without an improvement deadline is refused beside its item, the note kept
        WebElement first = browser.find(By.cssSelector("fieldset[id^=item-]"));
        String code = first.getAttribute("id").substring("item-".length());
        first.findElement(By.cssSelector("input[value=FINDING]")).click();
        browser.find(By.id("note-" + code)).sendKeys("誓約書が2名分未取得");
        browser.find(By.xpath("//button[text()='チェックリストを保存']")).click();
        WebElement error = browser.find(By.id("item-" + code + "-error"));
        assertTrue(error.getText().contains("改善期限"), error.getText());
        assertEquals("誓約書が2名分未取得", browser.find(By.id("note-" + code)).getAttribute("value"));

        browser.setDate(By.id("deadline-" + code), LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString());
        for (WebElement item : browser.driver.findElements(By.cssSelector("fieldset[id^=item-]"))) {
            if (!item.getAttribute("id").equals("item-" + code)) {
                item.findElement(By.cssSelector("input[value=COMPLIANT]")).click();
            }
        }
        browser.find(By.xpath("//button[text()='チェックリストを保存']")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("saved=1"));

        browser.find(By.id("file")).sendKeys(PortalData.file("confirmation.pdf").getAbsolutePath());
        browser.find(By.xpath("//button[text()='添付する']")).click();
        browser.wait.until(d -> d.findElements(By.linkText("confirmation.pdf")).size() == 1);
        browser.screenshot("inspector-04-check-checklist");

        browser.find(By.id("summary")).sendKeys("誓約書の取得漏れを除き適切に管理されていた。");
        browser.find(By.xpath("//button[text()='完了する']")).click();
        browser.wait.until(d -> d.findElement(By.id("check-status")).getText().contains("完了"));
        assertTrue(browser.mainText().contains("検査報告書（PDF）"));
        assertTrue(browser.mainText().contains("未対応"), "the finding became an improvement request");
        browser.screenshot("inspector-05-check-completed");
    }
}
