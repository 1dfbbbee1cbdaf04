package jp.itaku.e2e.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (paths set explicitly, so Selenium Manager never
 * downloads anything), logging in through the real Keycloak login page.
 */
final class PortalBrowser implements AutoCloseable {

    static final String GATEWAY = property("e2e.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = property("e2e.keycloak", "http://127.0.0.1:8180");
    static final String PASSWORD = property("e2e.password", "itaku-demo");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final AxeAudit axe;

    PortalBrowser() {
        try {
            profile = Files.createTempDirectory("itaku-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(property("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=ja",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(property("e2e.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        axe = new AxeAudit(chrome, GATEWAY);
        driver = new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(axe).decorate(chrome);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // a form post replaces the page while a condition may still hold an element of the old one
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Opens a portal page; without a session the gateway sends the browser to Keycloak's login page first. */
    void open(String path) {
        driver.get(GATEWAY + path);
    }

    /** Opens {@code path}, logs in on Keycloak's own page and waits until the browser is back on that page. */
    void logInAt(String path, String user) {
        open(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        if (!driver.getCurrentUrl().startsWith(KEYCLOAK)) {
            throw new AssertionError("expected Keycloak's login page, got " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        waitForPath(path);
    }

    void waitForPath(String path) {
        wait.until(d -> d.getCurrentUrl().startsWith(GATEWAY + path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        axe.auditCurrentPage();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** A date input's typing order follows the browser's locale; set the ISO value as a date picker would. */
    void setDate(By by, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(by), isoDate);
    }

    String mainText() {
        return find(By.tagName("main")).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the browser; fails when axe-core found serious or critical violations on a page this browser reached. */
    @Override
    public void close() {
        List<String> inaccessible = axe.failures();
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
        if (!inaccessible.isEmpty()) {
            throw new AssertionError("axe-core: " + inaccessible.size() + " serious/critical violation(s) (see "
                    + AxeAudit.REPORT_DIR.resolve("pages.tsv") + "):\n  " + String.join("\n  ", inaccessible));
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
