package jp.itaku.gateway.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.SummaryUpstream;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The portal's own words follow the language switch: rendered in English, a page carries no Japanese except what
 * the services answered (every body the test upstreams sent is recorded) and the configured agency name; without
 * the cookie, Japanese stays the default. The pages are those whose templates {@code TemplateLanguageTest} lists as
 * translated.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class PortalLanguageTest {

    /** Kana, kanji and the full-width forms: what an English reader should not meet in the portal's own words. */
    static final Pattern JAPANESE = Pattern.compile("[\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef]+");
    /**
     * Not the portal's words in the wrong language: the agency's name (configuration,
     * {@code itaku.portal.agencies.demo-sho}) and the switch back to Japanese, which names its language in it.
     */
    static final Set<String> CONFIGURED = Set.of("デモ省", "日本語");

    static String token(String user, String role) {
        return TestTokens.user(user).tenant("demo-sho").roles(role).sign();
    }

    record Visit(String path, String token, int status) {
    }

    static List<Visit> visits() {
        String officer = token("sho-officer", "procurement-officer");
        return List.of(new Visit("/", officer, 200), new Visit("/contractors", officer, 200),
                new Visit("/engagements", officer, 200),
                new Visit("/dashboard", token("sho-chief", "chief-protection-manager"), 200),
                new Visit("/approvals", token("sho-manager", "protection-manager"), 200),
                // the error page, naming the roles the page needs
                new Visit("/approvals", officer, 403),
                // the portal's own 404: an unknown page and an id that is not one
                new Visit("/no-such-page", officer, 404), new Visit("/incidents/not-an-id", officer, 404));
    }

    /** The Japanese runs of {@code html} that are neither data the services sent nor configuration. */
    static List<String> ownJapanese(String html, List<String> upstreamBodies) {
        List<String> found = new ArrayList<>();
        Matcher m = JAPANESE.matcher(html);
        while (m.find()) {
            String run = m.group();
            if (!CONFIGURED.contains(run) && upstreamBodies.stream().noneMatch(b -> b.contains(run))) {
                found.add(run);
            }
        }
        return found;
    }

    @Test
    void inEnglishThePortalSaysNothingInJapanese() {
        for (Visit v : visits()) {
            SummaryUpstream.SENT.clear();
            String html = given().auth().oauth2(v.token()).cookie("itaku-lang", "en").when().get(v.path())
                    .then().statusCode(v.status()).extract().asString();
            assertThat(v.path(), html, containsString("<html lang=\"en\">"));
            assertEquals(List.of(), ownJapanese(html, List.copyOf(SummaryUpstream.SENT)), v.path() + " in English");
        }
    }

    @Test
    void theGuardSeesJapaneseThatIsNotData() {
        assertEquals(List.of("承認待ち"), ownJapanese("<h1>承認待ち</h1><td>株式会社テスト</td>", List.of("{\"name\":\"株式会社テスト\"}")));
    }

    @Test
    void japaneseIsTheDefault() {
        String officer = token("sho-officer", "procurement-officer");
        given().auth().oauth2(officer).when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"ja\">"), containsString("ログイン中の利用者"),
                        containsString(">ログアウト</a>"), containsString("調達担当者"), containsString(">English</a>")));
        given().auth().oauth2(token("sho-manager", "protection-manager")).when().get("/approvals").then().statusCode(200)
                .body(allOf(containsString("再委託の申請"), containsString("契約（契約審査中）"),
                        containsString("第2版（draft-v2.txt）")));
        given().auth().oauth2(officer).cookie("itaku-lang", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("Signed in as"), containsString("Procurement officer"), containsString(">日本語</a>")));
    }

    @Test
    void everyPageOfferTheSwitch() {
        for (Visit v : visits()) {
            given().auth().oauth2(v.token()).when().get(v.path()).then().statusCode(v.status())
                    .body(containsString("class=\"lang-switch\" href=\"/lang?to=en&amp;back="));
        }
    }
}
