package jp.itaku.gateway.portal.incidents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.PageFixtures;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The incident pages speak the page's language: Japanese by default, English with the cookie (SummaryUpstream answers
 * an empty list; PageFixtures one incident with inspection-service's Japanese labels, and the form's codes).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class IncidentPagesTest {

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    /** Both managers at once: every button and form of the incident page shows. */
    private static String managers() {
        return TestTokens.user("sho-chief").tenant("demo-sho").roles("protection-manager", "chief-protection-manager").sign();
    }

    private static String english(String token, String path) {
        return given().auth().oauth2(token).cookie("itaku-lang", "en").when().get(path).then().statusCode(200)
                .extract().asString();
    }

    private static List<String> data(String... more) {
        return Stream.concat(PageFixtures.DATA.stream(), Stream.of(more)).toList();
    }

    @Test
    void theListIsJapaneseByDefault() {
        given().auth().oauth2(officer()).when().get("/incidents").then().statusCode(200)
                .body(allOf(containsString("<h1>事故等の報告（漏えい等事案）</h1>"), containsString(">事故等を報告する</a>"),
                        containsString("<caption class=\"visually-hidden\">事故等の一覧</caption>"), containsString(">事故等の報告はありません。</td>")));
    }

    @Test
    void inEnglishTheListHasNoneOfItsOwnJapanese() {
        String html = english(officer(), "/incidents");
        assertThat(html, allOf(containsString("<h1>Incident reports (leaks and similar incidents)</h1>"),
                containsString(">Report an incident</a>"), containsString("<th scope=\"col\">Agency aware on</th>"),
                containsString(">No incidents have been reported.</td>")));
        // what may stay Japanese: the configured agency name and the switch back to Japanese
        String rest = html.replace("デモ省", "").replace("日本語", "");
        assertFalse(Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff]").matcher(rest).find(),
                () -> "Japanese left: " + Pattern.compile("[^\\u3040-\\u30ff\\u3400-\\u9fff]+").matcher(rest).replaceAll(" ").trim());
    }

    @Test
    void theIncidentIsJapaneseByDefault() {
        given().auth().oauth2(managers()).when().get("/incidents/" + PageFixtures.INCIDENT).then().statusCode(200)
                .body(allOf(containsString("<dd>ガンマ保管（第3層）— 住民税帳票の印刷業務</dd>"),
                        containsString("<dd>調査中（百人超過を確認 2026-12-02 09:00）</dd>"),
                        containsString("対応中／総括保護管理者確認 2026-12-02 10:00 sho-chief"),
                        containsString("受付（保護管理者）: 2026-12-01 10:00 sho-officer"),
                        containsString("<span class=\"badge good\">確認済 2026-12-01 11:00 sho-manager</span>"),
                        containsString("<span class=\"badge bad\">督促済 2026-12-02 12:00</span>"),
                        containsString("第1版 速報（2026-12-02 09:30 sho-manager）— <a href=\"/incidents/" + PageFixtures.INCIDENT
                                + "/reports/1/pdf\">PDF</a> ／ <a"),
                        containsString("<li>【実施予定】誤送付先への回収依頼 — 随時検査を計画済</li>"),
                        containsString("<li>写真.jpg（2026-12-01 10:30 sho-officer）</li>"),
                        containsString("<button type=\"submit\">総括保護管理者へ報告する</button>")));
    }

    @Test
    void inEnglishTheIncidentHasNoneOfItsOwnJapanese() {
        String html = english(managers(), "/incidents/" + PageFixtures.INCIDENT);
        assertThat(html, allOf(containsString("<dd>ガンマ保管 (level 3)— 住民税帳票の印刷業務</dd>"),
                containsString("<dd>Under investigation (more than 100 individuals confirmed on 2026-12-02 09:00)</dd>"),
                containsString("In progress; Confirmed by the chief protection manager on 2026-12-02 10:00 sho-chief"),
                containsString("Receipt (Protection manager): 2026-12-01 10:00 sho-officer"),
                containsString("Report to the head of the organ (Head of the organ, recorded by the chief protection manager)"),
                containsString("<span class=\"badge good\">Acknowledged 2026-12-01 11:00 sho-manager</span>"),
                containsString("v1 Quick report (2026-12-02 09:30 sho-manager)— <a href=\"/incidents/" + PageFixtures.INCIDENT
                        + "/reports/1/pdf\">PDF</a> / <a"),
                containsString("<li>[Planned] 誤送付先への回収依頼 — ad hoc inspection planned</li>"),
                containsString("<li>写真.jpg (2026-12-01 10:30 sho-officer)</li>"),
                containsString("<button type=\"submit\">Report to the chief protection manager</button>"),
                not(containsString("実施予定")), not(containsString("速報"))));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, data()));
    }

    @Test
    void theFormIsJapaneseByDefault() {
        given().auth().oauth2(officer()).when().get("/incidents/new").then().statusCode(200)
                .body(allOf(containsString("<h1>事故等の報告</h1>"),
                        containsString(">アルファ情報処理（第1層）— 住民税帳票の印刷業務</option>"),
                        containsString("> ① 要配慮個人情報が含まれる（規則第43条第1号）</label>"),
                        containsString("<label for=\"inc-facts\">事実経過</label>"),
                        containsString(">委託元（当機関）</option>"), containsString(">報告する</button>")));
    }

    @Test
    void inEnglishTheFormHasNoneOfItsOwnJapanese() {
        String html = english(officer(), "/incidents/new");
        assertThat(html, allOf(containsString("<h1>Incident reports</h1>"),
                containsString(">アルファ情報処理 (level 1)— 住民税帳票の印刷業務</option>"),
                containsString("> ① Special care-required personal information is involved (Rules, Art. 43(1))</label>"),
                containsString("<label for=\"inc-facts\">Course of events</label>"),
                containsString(">The agency (outsourcer)</option>"), containsString(">Under investigation</option>"),
                containsString(">Report</button>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, data("アルファ情報処理")));
    }
}
