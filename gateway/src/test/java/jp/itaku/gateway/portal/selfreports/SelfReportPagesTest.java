package jp.itaku.gateway.portal.selfreports;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.PageFixtures;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A self-report speaks the page's language: Japanese by default, English with the cookie (PageFixtures' reports). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class SelfReportPagesTest {

    private static String inspector() {
        return TestTokens.user("sho-inspector").tenant("demo-sho").roles("inspector").sign();
    }

    private static String contractor() {
        return TestTokens.user("alpha-user").tenant("demo-sho").roles("contractor").sign();
    }

    @Test
    void aSubmittedReportIsJapaneseByDefault() {
        given().auth().oauth2(inspector()).when().get("/self-reports/" + PageFixtures.SUBMITTED_REPORT).then().statusCode(200)
                .body(allOf(containsString("<h1>自己点検報告（第2版の点検票）</h1>"),
                        containsString("<strong>提出済みです。</strong>2026-12-02 09:00 に alpha-user が提出しました。検査担当者の確認を待っています。"),
                        containsString("個人情報の取扱いを委託先に確認しましたか。（必須） <span class=\"muted\">ガイドライン第5-2</span>"),
                        containsString("> はい</label>"), containsString("aria-label=\"2 の回答\""),
                        containsString("</a>（4096 バイト、2026-12-01 10:30）</li>"),
                        containsString(">コメント（差し戻す場合は必須）</label>"), containsString("value=\"RETURN\" class=\"danger\">差し戻す</button>")));
    }

    @Test
    void inEnglishASubmittedReportHasNoneOfItsOwnJapanese() {
        String html = given().auth().oauth2(inspector()).cookie("itaku-lang", "en").when()
                .get("/self-reports/" + PageFixtures.SUBMITTED_REPORT).then().statusCode(200).extract().asString();
        assertThat(html, allOf(containsString("(questionnaire version 2)</h1>"),
                containsString("<strong>Submitted: </strong>2026-12-02 09:00 by alpha-user — waiting for the inspector&#39;s review"),
                containsString("個人情報の取扱いを委託先に確認しましたか。 (required) <span class=\"muted\">ガイドライン第5-2</span>"),
                containsString("> Yes</label>"), containsString("aria-label=\"2 answer\""),
                containsString("</a> (4096 bytes, 2026-12-01 10:30)</li>"),
                containsString(">Comment (required to return it)</label>"), containsString("value=\"RETURN\" class=\"danger\">Return</button>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }

    @Test
    void inEnglishADraftHasNoneOfItsOwnJapanese() {
        String html = given().auth().oauth2(contractor()).cookie("itaku-lang", "en").when()
                .get("/self-reports/" + PageFixtures.DRAFT_REPORT).then().statusCode(200).extract().asString();
        assertThat(html, allOf(containsString("Add an evidence file (up to "), containsString(">Save draft</button>"),
                containsString("id=\"submit-report\">Submit</button>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
        given().auth().oauth2(contractor()).when().get("/self-reports/" + PageFixtures.DRAFT_REPORT).then().statusCode(200)
                .body(allOf(containsString("証跡ファイルを追加（"), containsString(">下書き保存</button>")));
    }
}
