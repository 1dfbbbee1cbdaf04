package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jp.itaku.e2e.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * S3 in a real browser: past the agency's daily threshold the engagement list's CSV asks for a reason; the officer
 * types it, the export goes ahead flagged with that reason and the 保護管理者 receives the notice by mail.
 */
class BulkDownloadPortalE2ETest {

    private static final String GATEWAY = PortalBrowser.GATEWAY;

    @Test
    void theOfficerGivesAReasonInTheFormAndTheManagerIsMailed() {
        PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "一括出力の確認対象業務");
        String chief = PortalData.token("sho-chief");
        JsonPath before = given().auth().oauth2(chief).when().get(GATEWAY + "/api/contracts/audit/settings")
                .then().statusCode(200).extract().jsonPath();
        String manager = "sho-manager@demo-sho.example.jp";
        int mailsBefore = Mailbox.of(manager).size();
        String reason = "E2E 画面から：委託案件一覧の照合 " + System.nanoTime();
        try (PortalBrowser browser = new PortalBrowser()) {
            given().auth().oauth2(chief).contentType(ContentType.JSON)
                    .body(Map.of("bulkThreshold", 1, "retentionYears", before.getInt("retentionYears")))
                    .when().put(GATEWAY + "/api/contracts/audit/settings").then().statusCode(200);
            browser.logInAt("/engagements", "sho-officer");
            browser.find(By.linkText("一覧をCSVで出力")).click();
            browser.wait.until(d -> !d.findElements(By.id("bulkReason")).isEmpty());
            assertTrue(browser.mainText().contains("大量ダウンロードの確認"), browser.mainText());
            assertTrue(browser.mainText().contains("保護管理者に通知されます"), browser.mainText());
            browser.screenshot("bulk-01-confirmation");
            browser.find(By.id("bulkReason")).sendKeys(reason);
            browser.find(By.cssSelector("form button[type=submit]")).click();

            Map<String, Object> flagged = awaitFlagged(reason);
            assertEquals("sho-officer", flagged.get("userName"));
            assertEquals("ALLOWED", flagged.get("outcome"));
            List<Mailbox.Mail> mails = Mailbox.await(manager, mailsBefore + 1);
            assertTrue(mails.stream().anyMatch(m -> m.text().contains(reason)), "no mail with the reason: " + mails);
        } finally {
            given().auth().oauth2(chief).contentType(ContentType.JSON)
                    .body(Map.of("bulkThreshold", before.getInt("bulkThreshold"),
                            "retentionYears", before.getInt("retentionYears")))
                    .when().put(GATEWAY + "/api/contracts/audit/settings").then().statusCode(200);
        }
    }

    /** The export happens in the browser's download: wait until its access record is there. */
    private static Map<String, Object> awaitFlagged(String reason) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            List<Map<String, Object>> items = given().auth().oauth2(PortalData.token("sho-auditor"))
                    .when().get(GATEWAY + "/api/contracts/audit/records?size=50&user=sho-officer&bulk=true")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (reason.equals(item.get("bulkReason"))) {
                    return item;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no flagged export with the reason given in the form: " + items);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
