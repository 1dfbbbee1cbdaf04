package jp.itaku.gateway.portal.contracts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.PageFixtures;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engagement, its form, a draft's verification and the comparison of versions speak the page's language:
 * Japanese by default, English with the cookie (PageFixtures' engagement, UpstreamServer's contract vocabulary).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class ContractPagesTest {

    private static final String E = "/engagements/" + PageFixtures.ENGAGEMENT;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** The test upstreams' data a page shows as it is (and UpstreamServer's contractor). */
    private static final List<String> DATA = Stream.concat(PageFixtures.DATA.stream(),
            Stream.of("株式会社テスト")).toList();

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    private static String english(String path) {
        return given().auth().oauth2(officer()).cookie("itaku-lang", "en").when().get(path).then().statusCode(200)
                .extract().asString();
    }

    private static String japanese(String path) {
        return given().auth().oauth2(officer()).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theEngagementIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese(E), allOf(containsString("<dt>契約の種類</dt><dd>業務委託（語彙）</dd>"),
                containsString("<dd>氏名、住所（約 1200 件）</dd>"), containsString("<dd>2026-04-01 〜 2027-03-31</dd>"),
                containsString("<dd>処理（語彙）: 委託先事業所（語彙） — 委託先の事務所 <span class=\"badge bad\">要確認</span><br></dd>"),
                containsString("sho-officer: — → 履行中（語彙） （初回の登録）</li>"),
                containsString("sho-manager: 履行中（語彙） → 終了（語彙）</li>"), containsString(">第2版</a>")));
        String html = english(E);
        assertThat(html, allOf(containsString("<dt>Type of contract</dt><dd>Outsourcing (vocabulary)</dd>"),
                containsString("<dd>氏名, 住所 (about 1200 records)</dd>"), containsString("<dd>2026-04-01 – 2027-03-31</dd>"),
                containsString("<dd>Processing (vocabulary): Contractor&#39;s office (vocabulary) — 委託先の事務所 <span class=\"badge bad\">Needs review</span><br></dd>"),
                containsString("sho-officer: — → In progress (vocabulary) (初回の登録)</li>"),
                containsString("sho-manager: In progress (vocabulary) → Ended (vocabulary)</li>"), containsString(">v2</a>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theFormIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/engagements/new"), allOf(containsString(">取り扱う個人情報の項目（1行に1項目、必須）</label>"),
                containsString("<option value=\"\">選択してください</option>")));
        String html = english("/engagements/new");
        assertThat(html, allOf(containsString(">Personal information items handled (one per line, required)</label>"),
                containsString("<option value=\"\">Please choose</option>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theVerificationIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese(E + "/drafts/2"), allOf(containsString("<h1>検証結果: 第2版（案2.txt）</h1>"),
                containsString("<p id=\"verification-summary\">業務委託契約: 充足 1 ／ <strong"),
                containsString("<p class=\"notice\">この形式（案2.txt）の本文は画面に表示できません。"),
                containsString("<span class=\"badge bad\">欠落</span>"), containsString(">第5条</a>「受託者は"),
                containsString(">本文</a>「"), containsString("<summary>追加・修正の文例</summary>")));
        String html = english(E + "/drafts/2");
        assertThat(html, allOf(containsString("<h1>Verification result: v2 (案2.txt)</h1>"),
                containsString("<p id=\"verification-summary\">Outsourcing contract: Satisfied 1 / <strong"),
                containsString("<p class=\"notice\">The text of this format (案2.txt) cannot be shown on screen."),
                containsString("<span class=\"badge bad\">Missing</span>"), containsString(">第5条</a> &quot;受託者は"),
                containsString(">Text</a> &quot;"), containsString("<summary>Suggested wording to add or change</summary>"),
                not(containsString("欠落"))));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theComparisonIsJapaneseByDefaultAndEnglishWithTheCookie() {
        String path = E + "/diff?from=1&to=2";
        assertThat(japanese(path), allOf(containsString(">第1版（案1.txt）</option>"),
                containsString("<p>第1版 → 第2版: 修正された要素 1 件、損なわれた要素 <strong class=\"\">0 件</strong></p>"),
                containsString("<td>C1a 秘密保持</td><td>欠落</td><td>充足</td>"), containsString("<span class=\"badge good\">修正された</span>"),
                containsString("<div class=\"diff-added\">＋ 第7条（再委託）</div>")));
        String html = english(path);
        assertThat(html, allOf(containsString(">v1 (案1.txt)</option>"),
                containsString("<p>v1 → v2: 1 element(s) fixed, broken: <strong class=\"\">0</strong></p>"),
                containsString("<td>C1a 秘密保持</td><td>Missing</td><td>Satisfied</td>"), containsString("<span class=\"badge good\">Fixed</span>"),
                containsString("<div class=\"diff-added\">+ 第7条（再委託）</div>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    /** A malformed count is refused by the portal itself, beside the field and above the form, in the page's language. */
    @Test
    void thePortalsOwnRefusalFollowsTheLanguage() {
        for (String lang : new String[]{"ja", "en"}) {
            Response form = given().auth().oauth2(officer()).cookie("itaku-lang", lang).when().get("/engagements/new");
            Matcher field = CSRF_FIELD.matcher(form.asString());
            assertTrue(field.find());
            String html = given().auth().oauth2(officer()).cookie("itaku-lang", lang)
                    .cookie("itaku-csrf", form.getCookie("itaku-csrf")).formParam("csrf-token", field.group(1))
                    .formParam("title", "t").formParam("recordCount", "many").contentType("application/x-www-form-urlencoded")
                    .when().post("/engagements").then().statusCode(400).extract().asString();
            if (lang.equals("ja")) {
                assertThat(html, allOf(containsString(">入力内容を確認してください。</div>"),
                        containsString(">件数は0以上の整数で入力してください。</p>")));
            } else {
                assertThat(html, allOf(containsString(">Please check the highlighted fields.</div>"),
                        containsString(">Enter the number of records as a whole number, 0 or more.</p>")));
                assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
            }
        }
    }
}
