package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The procurement officer in a real browser: contractors, engagements, draft upload and its verification. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerPortalE2ETest {

    private static PortalBrowser browser;
    private static String engagementId;

    @BeforeAll
    static void logIn() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        engagementId = PortalData.engagement(alpha, "介護認定訪問調査業務");
        browser = new PortalBrowser();
        browser.logInAt("/contractors", "sho-officer");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void loginReturnsToTheRequestedPageAndListsContractors() {
        assertTrue(browser.driver.getCurrentUrl().endsWith("/contractors"), browser.driver.getCurrentUrl());
        assertTrue(browser.mainText().contains("委託先一覧"));
        assertTrue(browser.mainText().contains("株式会社アルファ情報処理"));
        browser.screenshot("officer-01-contractors");
    }

    @Test
    @Order(2)
    void engagementListLinksToTheEngagement() {
        browser.open("/engagements");
        browser.find(By.cssSelector("a[href='/engagements/" + engagementId + "']")).click();
        browser.waitForPath("/engagements/" + engagementId);
        assertTrue(browser.mainText().contains("契約書案をアップロード"));
        browser.screenshot("officer-02-engagement");
    }

    @Test
    @Order(3)
    void uploadedDraftShowsTheMissingElementHighlightedBesideTheText() {
        browser.open("/engagements/" + engagementId);
        // the upload goes through htmx with a progress bar; without JavaScript the same form posts normally
        assertEquals("object", ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return typeof htmx;"));
        browser.find(By.id("upload-progress"));
        browser.find(By.id("file")).sendKeys(PortalData.file("missing-w2.txt").getAbsolutePath());
        browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/drafts/1"));
        WebElement missing = browser.find(By.id("element-W2"));
        assertTrue(missing.getAttribute("class").contains("missing"), missing.getAttribute("class"));
        assertTrue(missing.getText().contains("欠落"), missing.getText());
        assertTrue(missing.getCssValue("border-top-color").contains("180, 35, 24"), "missing element drawn in red");
        // the satisfied elements' evidence is marked inside the draft text itself
        assertTrue(browser.driver.findElements(By.cssSelector("#draft-text mark.ev")).size() > 5);
        // an element's evidence link marks its sentence in the text
        browser.find(By.cssSelector("#element-C1a a[data-evidence]")).click();
        WebElement current = browser.find(By.cssSelector("#draft-text mark.current"));
        assertTrue(current.getAttribute("title").contains("C1a"), current.getAttribute("title"));
        browser.screenshot("officer-03-verification");
        // the verification report PDF is downloaded through the portal with the browser's session
        Object head = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('report-pdf').href).then(r => r.arrayBuffer().then(b => "
                        + "done(r.status + ' ' + r.headers.get('content-type') + ' '"
                        + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));");
        assertEquals("200 application/pdf %PDF-", head);
    }

    @Test
    @Order(4)
    void fileDroppedOnTheDropZoneIsChosenForUpload() {
        browser.open("/engagements/" + engagementId);
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const zone = document.querySelector('.dropzone');"
                        + "const dt = new DataTransfer();"
                        + "dt.items.add(new File(['契約書案'], 'dropped.txt', {type: 'text/plain'}));"
                        + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                        + "return document.getElementById('file').files[0].name;");
        assertEquals("dropped.txt", chosen);
    }

    @Test
    @Order(5)
    void verificationPageFitsATabletScreen() {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        try {
            browser.open("/engagements/" + engagementId + "/drafts/1");
            WebElement text = browser.find(By.id("draft-text"));
            WebElement results = browser.find(By.id("element-W2"));
            // one column: the decisions come first, the text below them instead of squeezed beside them
            assertTrue(results.getLocation().getY() < text.getLocation().getY(), "stacked on a tablet");
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling");
            browser.screenshot("officer-03b-verification-tablet");
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        }
    }

    @Test
    @Order(6)
    void secondVersionCanBeComparedWithTheFirst() {
        browser.open("/engagements/" + engagementId);
        browser.find(By.id("file")).sendKeys(PortalData.file("full.txt").getAbsolutePath());
        browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/drafts/2"));
        browser.open("/engagements/" + engagementId + "/diff?from=1&to=2");
        assertTrue(browser.mainText().contains("第1版 → 第2版"), browser.mainText());
        browser.screenshot("officer-04-diff");
    }

    @Test
    @Order(7)
    void oversizedDraftIsRefusedBesideTheFileFieldWithTheReason() throws IOException {
        Path big = Files.createTempFile("itaku-oversized-", ".txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        try {
            browser.open("/engagements/" + engagementId);
            browser.find(By.id("file")).sendKeys(big.toAbsolutePath().toString());
            browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
            WebElement error = browser.find(By.id("file-error"));
            assertTrue(error.getText().contains("上限"), error.getText());
            browser.screenshot("officer-05-upload-too-large");
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    @Order(8)
    void uploadOfAnUnsupportedFileTypeSaysWhy() throws IOException {
        Path image = Files.createTempFile("itaku-photo-", ".png");
        Files.write(image, new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0});
        try {
            browser.open("/engagements/" + engagementId);
            browser.find(By.id("file")).sendKeys(image.toAbsolutePath().toString());
            browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
            WebElement error = browser.find(By.id("file-error"));
            assertTrue(error.getText().contains("txt") || error.getText().contains("形式"), error.getText());
            browser.screenshot("officer-05b-upload-wrong-type");
        } finally {
            Files.deleteIfExists(image);
        }
    }

    @Test
    @Order(9)
    void engagementFormShowsJapaneseMessagesBesideFieldsAndKeepsTheInput() {
        browser.open("/engagements/new");
        browser.find(By.id("title")).sendKeys("庁内ネットワーク保守");
        browser.setDate(By.id("periodStart"), "2027-04-01");
        browser.setDate(By.id("periodEnd"), "2026-03-31");
        browser.find(By.id("recordCount")).sendKeys("たくさん");
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periodEnd-error")));
        assertTrue(browser.find(By.id("periodEnd-error")).getText().contains("開始日以降"));
        assertTrue(browser.find(By.id("recordCount-error")).getText().contains("整数"));
        assertEquals("庁内ネットワーク保守", browser.find(By.id("title")).getAttribute("value"));
        assertEquals("2027-04-01", browser.find(By.id("periodStart")).getAttribute("value"));
        assertEquals("たくさん", browser.find(By.id("recordCount")).getAttribute("value"));
        browser.screenshot("officer-06-form-errors");

        browser.find(By.id("title")).clear();
        browser.setDate(By.id("periodEnd"), "");
        browser.find(By.id("recordCount")).clear();
        browser.find(By.id("recordCount")).sendKeys("100");
        browser.find(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement titleError = browser.find(By.id("title-error"));
        assertTrue(titleError.getText().contains("件名を入力してください"), titleError.getText());
        assertEquals("100", browser.find(By.id("recordCount")).getAttribute("value"));
    }

    @Test
    @Order(10)
    void expiredSessionLogsInAgainAndReturnsToThePage() {
        String page = "/engagements/" + engagementId + "/drafts/1";
        browser.driver.manage().deleteAllCookies();
        browser.open(page);
        // Keycloak's own session may still be valid (no form then); either way the browser ends on the page
        if (browser.driver.getCurrentUrl().startsWith(PortalBrowser.KEYCLOAK)
                && !browser.driver.findElements(By.id("kc-form-login")).isEmpty()) {
            browser.find(By.id("username")).sendKeys("sho-officer");
            browser.find(By.id("password")).sendKeys(PortalBrowser.PASSWORD);
            browser.find(By.id("kc-login")).click();
        }
        browser.waitForPath(page);
        assertTrue(browser.mainText().contains("検証結果"));
    }
}
