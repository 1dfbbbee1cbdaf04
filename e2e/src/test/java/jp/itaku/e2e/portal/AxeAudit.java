package jp.itaku.e2e.portal;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's, bundled in com.deque.html.axe-core:selenium) over every portal page the browser tests reach
 * (issue 16 item 6): after each navigation or click that lands on a portal page not audited yet in this JVM, the page
 * is analysed against WCAG 2.1 A/AA. Serious and critical violations fail the test class that met them (in
 * {@link PortalBrowser#close()}); every audited page is listed in target/axe/pages.tsv. Keycloak's own login and
 * account pages are Keycloak's theme and are not audited here.
 *
 * <p>{@code -De2e.axe=report} records without failing, {@code -De2e.axe=off} skips the audit.
 */
public final class AxeAudit implements WebDriverListener {

    static final Path REPORT_DIR = Path.of("target", "axe");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** ids in paths (UUIDs, numbers) do not make a different page */
    private static final Pattern ID_SEGMENT = Pattern.compile("/([0-9a-fA-F-]{36}|\\d+)(?=/|$)");
    /** one audit per page shape for the whole run, whichever test class reached it first */
    private static final Map<String, Integer> AUDITED = new ConcurrentHashMap<>();

    private final WebDriver target;
    private final String portal;
    private final String mode;
    private final List<String> failures = new ArrayList<>();

    AxeAudit(WebDriver target, String portal) {
        this.target = target;
        this.portal = portal;
        String configured = System.getProperty("e2e.axe");
        this.mode = configured == null || configured.isBlank() ? "enforce" : configured;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        auditCurrentPage();
    }

    @Override
    public void afterClick(WebElement element) {
        auditCurrentPage();
    }

    @Override
    public void afterSubmit(WebElement element) {
        auditCurrentPage();
    }

    /** Audits the page now shown, once per page shape; a page that shows field errors is its own shape. */
    void auditCurrentPage() {
        if (mode.equals("off")) {
            return;
        }
        String url;
        try {
            url = target.getCurrentUrl();
        } catch (RuntimeException e) {
            return; // the window is closing or a download is in progress
        }
        if (url == null || !url.startsWith(portal)) {
            return;
        }
        String key;
        try {
            Object shape = ((JavascriptExecutor) target).executeScript(
                    "return document.readyState === 'complete' && document.querySelector('main') !== null"
                            + " ? (document.querySelector('[aria-invalid=\"true\"], .field-error, .errors') ? 'errors' : 'page')"
                            + " : null;");
            if (shape == null) {
                return; // not a portal page (a file, an error from the proxy) or still loading
            }
            key = shapeOf(url) + " " + shape;
        } catch (RuntimeException e) {
            return;
        }
        if (AUDITED.putIfAbsent(key, -1) != null) {
            return;
        }
        Results results = new AxeBuilder().withTags(TAGS).analyze(target);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> rule.getImpact() != null && FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        AUDITED.put(key, serious.size());
        record(key, url, results, serious);
        for (Rule rule : serious) {
            failures.add(key + ": " + rule.getImpact() + " " + rule.getId() + " — " + rule.getHelp() + " at "
                    + rule.getNodes().stream().limit(3).map(AxeAudit::where).collect(Collectors.joining(", ")));
        }
    }

    /** The serious/critical violations this browser met; empty when the audit only reports. */
    List<String> failures() {
        return mode.equals("enforce") ? List.copyOf(failures) : List.of();
    }

    static String shapeOf(String url) {
        URI uri = URI.create(url);
        String path = ID_SEGMENT.matcher(uri.getPath() == null ? "" : uri.getPath()).replaceAll("/{id}");
        Set<String> params = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                params.add(pair.split("=", 2)[0]);
            }
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    private static String where(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }

    private static boolean reportStarted;

    private static synchronized void record(String key, String url, Results results, List<Rule> serious) {
        try {
            Files.createDirectories(REPORT_DIR);
            if (!reportStarted) {
                Files.deleteIfExists(REPORT_DIR.resolve("pages.tsv")); // one run's pages, not an earlier run's too
                reportStarted = true;
            }
            String line = key + "\t" + url + "\t" + results.getViolations().size() + " violations, " + serious.size()
                    + " serious/critical\t" + serious.stream().map(Rule::getId).collect(Collectors.joining(",")) + "\n";
            Files.writeString(REPORT_DIR.resolve("pages.tsv"), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
