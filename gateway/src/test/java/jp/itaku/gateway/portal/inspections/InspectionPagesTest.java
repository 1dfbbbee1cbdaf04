package jp.itaku.gateway.portal.inspections;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.PageFixtures;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plan, the inspection record and the improvement requests speak the page's language: Japanese by default,
 * English with the cookie (UpstreamServer's plan and vocabulary, PageFixtures' check and requests).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class InspectionPagesTest {

    /** What the test's inspection-service labels in both languages, as a page shows it. */
    private static final List<String> DATA = Stream.concat(PageFixtures.DATA.stream(),
            Stream.of("期限超過（語彙）", "実地（語彙）")).toList();

    private static String inspector() {
        return TestTokens.user("sho-inspector").tenant("demo-sho").roles("inspector").sign();
    }

    private static String english(String path) {
        return given().auth().oauth2(inspector()).cookie("itaku-lang", "en").when().get(path).then().statusCode(200)
                .extract().asString();
    }

    private static String japanese(String path) {
        return given().auth().oauth2(inspector()).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void thePlanIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/plan"), allOf(containsString("期限を過ぎた検査が 1 件あります（一覧の先頭に表示）。"),
                containsString("<th scope=\"col\">委託先・再委託先</th>"), containsString(">検査を記録</a>")));
        String html = english("/plan");
        assertThat(html, allOf(containsString("1 inspection(s) are past their due date (shown first in the list)."),
                containsString("<th scope=\"col\">Contractor or subcontractor</th>"), containsString(">Record an inspection</a>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theCalendarIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/plan?view=calendar&month=2026-11"), allOf(containsString("aria-label=\"2026-11 の検査予定\""),
                containsString("<div class=\"dow\" role=\"columnheader\">日</div>"),
                containsString("2026-11-01 株式会社アルファ情報処理（<a href=")));
        String html = english("/plan?view=calendar&month=2026-11");
        assertThat(html, allOf(containsString("aria-label=\"Inspections planned in 2026-11\""),
                containsString("<div class=\"dow\" role=\"columnheader\">Sun</div>"),
                containsString("2026-11-01 株式会社アルファ情報処理 (<a href=")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theNewRecordIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/checks/new"), allOf(containsString("<h1>検査の記録を始める</h1>"),
                containsString(">立会者（1行に1名、必須）</label>")));
        String html = english("/checks/new");
        assertThat(html, allOf(containsString("<h1>Start an inspection record</h1>"),
                containsString(">Attendees (one per line, required)</label>"), containsString(">On site (vocabulary)</option>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theRecordIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/checks/" + PageFixtures.CHECK), allOf(
                containsString("<h1>検査の記録: 株式会社アルファ情報処理（2026-11-26）</h1>"),
                containsString("<p>本社3階執務室 ／ 立会者: 情報管理課長、総務部長 ／ 検査担当: sho-inspector"),
                containsString(" 指摘あり</label>"), containsString("</a>（1024 バイト）</li>"),
                containsString("<li>安全管理措置: 権限棚卸しの実施（期限 2026-12-26、OPEN <span class=\"badge bad\">期限超過</span>）</li>")));
        String html = english("/checks/" + PageFixtures.CHECK);
        assertThat(html, allOf(containsString("<h1>Inspection record: 株式会社アルファ情報処理 (2026-11-26)</h1>"),
                containsString("<p>本社3階執務室 / Attendees: 情報管理課長, 総務部長 / Inspector: sho-inspector"),
                containsString(" Finding</label>"), containsString("</a> (1024 bytes)</li>"),
                containsString("<li>安全管理措置: 権限棚卸しの実施 (due 2026-12-26, OPEN <span class=\"badge bad\">Overdue</span>)</li>"),
                containsString(">Complete the inspection</h2>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }

    @Test
    void theRequestsAreJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/improvements"), allOf(containsString("<h1>改善要求</h1>"),
                containsString("RESPONDED（確認待ち）</span>"), containsString("<p>回答（2026-12-01 10:00 alpha-user）: "),
                containsString("<p>完了（2026-12-02 10:00 sho-inspector）: 記録を確認した。</p>"),
                containsString(">改善を確認して完了する</button>")));
        String html = english("/improvements");
        assertThat(html, allOf(containsString("<h1>Improvement requests</h1>"),
                containsString("RESPONDED (awaiting review)</span>"), containsString("<p>Response (2026-12-01 10:00 alpha-user): "),
                containsString("<p>Closed (2026-12-02 10:00 sho-inspector): 記録を確認した。</p>"),
                containsString(">Confirm the improvement and close</button>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, DATA));
    }
}
