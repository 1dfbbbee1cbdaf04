package jp.itaku.gateway.portal.incidents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The incident list speaks the page's language: Japanese by default, English with the cookie (SummaryUpstream answers an empty list). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class IncidentPagesTest {

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    @Test
    void theListIsJapaneseByDefault() {
        given().auth().oauth2(officer()).when().get("/incidents").then().statusCode(200)
                .body(allOf(containsString("<h1>事故等の報告（漏えい等事案）</h1>"), containsString(">事故等を報告する</a>"),
                        containsString("<caption class=\"visually-hidden\">事故等の一覧</caption>"), containsString(">事故等の報告はありません。</td>")));
    }

    @Test
    void inEnglishTheListHasNoneOfItsOwnJapanese() {
        String html = given().auth().oauth2(officer()).cookie("itaku-lang", "en").when().get("/incidents").then()
                .statusCode(200).extract().asString();
        assertThat(html, allOf(containsString("<h1>Incident reports (leaks and similar incidents)</h1>"),
                containsString(">Report an incident</a>"), containsString("<th scope=\"col\">Agency aware on</th>"),
                containsString(">No incidents have been reported.</td>")));
        // what may stay Japanese: the configured agency name and the switch back to Japanese
        String rest = html.replace("デモ省", "").replace("日本語", "");
        assertFalse(Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff]").matcher(rest).find(),
                () -> "Japanese left: " + Pattern.compile("[^\\u3040-\\u30ff\\u3400-\\u9fff]+").matcher(rest).replaceAll(" ").trim());
    }
}
