package jp.itaku.e2e.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A .docx draft in the browser: its text with the evidence marked, and the redline (修正案) download. */
class RedlinePortalE2ETest {

    private static PortalBrowser browser;
    private static String engagementId;

    @BeforeAll
    static void logIn() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        engagementId = PortalData.engagement(alpha, "課税資料データ入力業務");
        browser = new PortalBrowser();
        browser.logInAt("/engagements/" + engagementId, "sho-officer");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDocxDraftShowsItsTextWithEvidenceAndOffersTheRedline() throws IOException {
        Path docx = Files.createTempFile("itaku-e2e-", ".docx");
        try {
            Files.write(docx, docx(Files.readString(PortalData.file("missing-w2.txt").toPath(), StandardCharsets.UTF_8)));
            browser.open("/engagements/" + engagementId);
            browser.find(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
            browser.find(By.cssSelector("#upload-form button[type=submit]")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/drafts/1"));
            // the text contract-service extracted from the .docx, with the evidence marked in it
            assertTrue(browser.find(By.id("draft-text")).getText().contains("秘密保持及び個人情報の保護"));
            assertTrue(browser.driver.findElements(By.cssSelector("#draft-text mark.ev")).size() > 5);
            browser.find(By.cssSelector("#element-C1a a[data-evidence]")).click();
            assertTrue(browser.find(By.cssSelector("#draft-text mark.current")).getAttribute("title").contains("C1a"));
            browser.screenshot("redline-01-docx-verification");
            // the redline downloads through the portal with the browser's session
            Object head = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('redline-docx').href).then(r => r.arrayBuffer().then(b => "
                            + "done(r.status + ' ' + r.headers.get('content-type')"
                            + " + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 2))))));");
            assertEquals("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document PK", head);
        } finally {
            Files.deleteIfExists(docx);
        }
    }

    @Test
    void aTextDraftHasNoRedlineButton() {
        String id = PortalData.engagement(PortalData.contractor("org-alpha", "株式会社アルファ情報処理"), "テキストの契約書案");
        PortalData.uploadDraft(id, "missing-w2.txt");
        browser.open("/engagements/" + id + "/drafts/1");
        browser.find(By.id("draft-text"));
        assertTrue(browser.driver.findElements(By.id("redline-docx")).isEmpty());
    }

    /** A minimal WordprocessingML package: one paragraph per line. */
    static byte[] docx(String text) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(line.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
