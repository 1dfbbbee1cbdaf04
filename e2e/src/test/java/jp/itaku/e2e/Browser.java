package jp.itaku.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in the login flow and nothing more: keeps cookies per host, follows redirects (recording
 * each hop), submits HTML forms. No JavaScript is needed by Keycloak's login page or the portal.
 * <p>
 * Keycloak marks its cookies {@code Secure} even over http; browsers still send them to 127.0.0.1 and localhost
 * (potentially trustworthy origins), {@link java.net.CookieManager} would not — hence the small jar below.
 */
final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    record Page(int status, URI uri, String body, List<URI> hops) {

        boolean isKeycloakLogin() {
            return uri.toString().startsWith(Itaku.REALM) && LOGIN_FORM.matcher(body).find();
        }
    }

    private final CookieJar cookies = new CookieJar();
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET(), new ArrayList<>());
    }

    /** Fills Keycloak's login form of {@code page} and submits it. */
    Page logIn(Page page, String user, String password) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no Keycloak login form at " + page.uri() + ":\n" + page.body());
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("login form without action: " + form.group());
        }
        String target = page.uri().resolve(action.group(1).replace("&amp;", "&")).toString();
        String body = Map.of("username", user, "password", password, "credentialId", "").entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), new ArrayList<>());
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** The value of the input named {@code name} on the page. */
    static String inputValue(String html, String name) {
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if (name.equals(attribute(input.group(), "name"))) {
                return attribute(input.group(), "value");
            }
        }
        throw new AssertionError("no input " + name + " in:\n" + html);
    }

    /** The first link on the page whose target contains {@code part}, resolved against the page; null if none. */
    static String linkContaining(Page page, String part) {
        Matcher href = HREF.matcher(page.body());
        while (href.find()) {
            String target = href.group(1).replace("&amp;", "&");
            if (target.contains(part)) {
                return page.uri().resolve(target).toString();
            }
        }
        return null;
    }

    /** Submits the form that has an input named {@code field}: its hidden inputs plus {@code values}. */
    Page submit(Page page, String field, Map<String, String> values) {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            String html = form.group();
            if (!html.contains("name=\"" + field + "\"")) {
                continue;
            }
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String tag = input.group();
                if ("hidden".equals(attribute(tag, "type")) && attribute(tag, "name") != null) {
                    fields.put(attribute(tag, "name"), attribute(tag, "value") == null ? "" : attribute(tag, "value"));
                }
            }
            fields.putAll(values);
            String action = attribute(html.substring(0, html.indexOf('>') + 1), "action");
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return follow(HttpRequest.newBuilder(page.uri().resolve(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), new ArrayList<>());
        }
        throw new AssertionError("no form with " + field + " at " + page.uri() + ":\n" + page.body());
    }

    private Page follow(HttpRequest.Builder request, List<URI> hops) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            String cookieHeader = cookies.headerFor(built.uri());
            if (!cookieHeader.isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", cookieHeader).build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            cookies.store(response.uri(), response.headers().allValues("Set-Cookie"));
            hops.add(response.uri());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                if (hops.size() > 15) {
                    throw new AssertionError("redirect loop: " + hops);
                }
                URI next = response.uri().resolve(response.headers().firstValue("Location").get());
                return follow(HttpRequest.newBuilder(next).GET(), hops);
            }
            return new Page(status, response.uri(), response.body(), List.copyOf(hops));
        } catch (IOException e) {
            throw new AssertionError("request failed after " + hops + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
