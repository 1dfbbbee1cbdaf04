package jp.itaku.gateway.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers, the Origin check and the portal forms' CSRF token (issue 19), against the real gateway. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class PortalSecurityTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** What the CSP would refuse: a script without src, a style element or attribute, an event-handler attribute. */
    static final Pattern INLINE_CODE = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\son[a-z]+=|javascript:",
            Pattern.CASE_INSENSITIVE);

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    @Test
    void portalPageAllowsOnlyItsOwnScriptsAndCannotBeFramed() {
        given().auth().oauth2(officer()).when().get("/contractors")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self';"), containsString("style-src 'self';"),
                        containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Permissions-Policy", allOf(containsString("camera=()"), containsString("geolocation=()")))
                .header("Cache-Control", "no-store")
                // plain HTTP: no HSTS (RFC 6797 §7.2)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void portalTemplatesCarryNoInlineScriptOrStyle() {
        String html = given().auth().oauth2(officer()).when().get("/engagements/new").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("<script src=\"/_static/htmx.org/"), "htmx from the jar");
        assertTrue(!INLINE_CODE.matcher(html).find(), html);
        // htmx would otherwise add its own <style> element, which the CSP refuses
        assertTrue(html.contains("\"includeIndicatorStyles\": false"));
    }

    @Test
    void noTemplateOfThePortalHasInlineScriptOrStyle() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return INLINE_CODE.matcher(java.nio.file.Files.readString(f)).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertTrue(offenders.isEmpty(), "inline code the CSP would block: " + offenders);
        }
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverHttps() {
        given().auth().oauth2(officer()).header("X-Forwarded-Proto", "https").when().get("/contractors")
                .then().statusCode(200)
                .header("Strict-Transport-Security", allOf(containsString("max-age=31536000"), containsString("includeSubDomains")));
    }

    @Test
    void apiAnswersMayRunNothingAndAreNotStored() {
        given().auth().oauth2(officer()).when().get("/api/contracts/echo")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"), containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void staticAssetsMayBeCachedButAreNotSniffed() {
        given().when().get("/css/portal.css")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void formPostFromAForeignOriginGetsAJapanese403PageBeforeAnythingRuns() {
        given().redirects().follow(false).header("Origin", "http://evil.example").contentType(ContentType.URLENC)
                .formParam("title", "偽の委託案件").when().post("/engagements")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(allOf(containsString("この操作は受け付けられません"), containsString("何も変更されていません")))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void opaqueOriginAndForeignRefererAreRefusedToo() {
        given().redirects().follow(false).header("Origin", "null").contentType(ContentType.URLENC)
                .formParam("title", "x").when().post("/engagements").then().statusCode(403);
        given().redirects().follow(false).header("Referer", "https://evil.example/page").contentType(ContentType.URLENC)
                .formParam("title", "x").when().post("/engagements").then().statusCode(403);
    }

    @Test
    void apiCallWithSessionFromAForeignOriginGetsJapaneseProblem() {
        given().header("Origin", "https://itaku.example.evil.test").contentType(ContentType.JSON).body("{}")
                .when().post("/api/contracts/echo")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("この操作は受け付けられません"));
    }

    @Test
    void sameOriginPostPassesTheOriginCheck() {
        // no credentials: the request gets past the origin check to the authentication (401), not a 403
        given().redirects().follow(false).header("Origin", "http://localhost:" + port()).contentType(ContentType.JSON)
                .body("{}").when().post("/api/contracts/echo").then().statusCode(401);
    }

    @Test
    void bearerClientsAreNotBrowsersAndPassWithAnyOrigin() {
        given().auth().oauth2(officer()).header("Origin", "http://tool.example").contentType(ContentType.JSON)
                .body("{}").when().post("/api/contracts/echo").then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void formPostWithoutTheCsrfTokenIsRefusedWithTheJapanesePage() {
        given().auth().oauth2(officer()).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("title", "偽の委託案件").when().post("/engagements")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(allOf(containsString("この操作は受け付けられません"),
                        // the upstream service was not called: its own refusal would name the manager role
                        not(containsString("保護管理者"))));
    }

    @Test
    void formPostWithAForeignTokenIsRefused() {
        Response form = given().auth().oauth2(officer()).when().get("/engagements/new");
        given().auth().oauth2(officer()).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("itaku-csrf", form.getCookie("itaku-csrf"))
                .formParam("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").formParam("title", "x")
                .when().post("/engagements")
                .then().statusCode(403).body(containsString("この操作は受け付けられません"));
    }

    @Test
    void multipartUploadWithoutTheTokenIsRefusedToo() {
        given().auth().oauth2(officer()).redirects().follow(false)
                .multiPart("file", "draft.txt", "第1条".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .when().post("/engagements/00000000-0000-0000-0000-000000000001/drafts")
                .then().statusCode(403).body(containsString("この操作は受け付けられません"));
    }

    @Test
    void formPostedFromThePortalsOwnPageReachesTheService() {
        Response form = given().auth().oauth2(officer()).when().get("/engagements/new");
        form.then().statusCode(200).cookie("itaku-csrf", notNullValue());
        Matcher field = CSRF_FIELD.matcher(form.asString());
        assertTrue(field.find(), "the form carries the token");
        given().auth().oauth2(officer()).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("itaku-csrf", form.getCookie("itaku-csrf"))
                .formParam("csrf-token", field.group(1)).formParam("title", "委託案件")
                .when().post("/engagements")
                // the test upstream refuses every engagement call: its Japanese message shows the post got there
                .then().statusCode(403).body(containsString("この操作には保護管理者のロールが必要です。"));
    }

    @Test
    void htmxRequestMayCarryTheTokenInItsHeader() {
        Response form = given().auth().oauth2(officer()).when().get("/engagements/new");
        Matcher field = CSRF_FIELD.matcher(form.asString());
        assertTrue(field.find());
        given().auth().oauth2(officer()).redirects().follow(false).contentType(ContentType.URLENC)
                .header("HX-Request", "true").header("X-CSRF-TOKEN", field.group(1))
                .cookie("itaku-csrf", form.getCookie("itaku-csrf"))
                .formParam("title", "委託案件")
                .when().post("/engagements")
                .then().statusCode(403).body(containsString("この操作には保護管理者のロールが必要です。"));
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
