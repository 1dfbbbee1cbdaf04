package jp.itaku.gateway.portal.audit;

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
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The access-record page rendered from contract-service's audit API (UpstreamServer plays it) and its vocabulary. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class AuditPagesTest {

    private static String auditor() {
        return TestTokens.user("sho-auditor").tenant("demo-sho").roles("auditor").sign();
    }

    @Test
    void actionsAndOutcomesAreNamedByContractServicesVocabularyNotACopy() {
        given().auth().oauth2(auditor()).when().get("/audit").then().statusCode(200)
                .body(allOf(containsString("<option value=\"EXPORT\">出力（語彙）</option>"),
                        containsString("<td>出力（語彙）</td>"), containsString("拒否（語彙） (403)"),
                        not(containsString(">閲覧<")), containsString("id=\"logins-unavailable\"")));
        given().auth().oauth2(auditor()).cookie("itaku-lang", "en").when().get("/audit").then().statusCode(200)
                .body(containsString("<td>Export (vocabulary)</td>"));
    }

    @Test
    void theRecordsAreJapaneseByDefaultAndEnglishWithTheCookie() {
        given().auth().oauth2(auditor()).when().get("/audit").then().statusCode(200)
                .body(allOf(containsString("検証済み（改ざんは検出されませんでした）— 記録 1 件（第1〜1番）、日次アンカー 0 件を確認しました。"),
                        containsString("<p id=\"record-total\">該当 1 件</p>"), containsString("<th scope=\"col\">経路・接続元</th>")));
        String html = given().auth().oauth2(auditor()).cookie("itaku-lang", "en").when().get("/audit").then().statusCode(200)
                .extract().asString();
        assertThat(html, allOf(containsString("Verified (no tampering detected) — 1 records (nos. 1–1) and 0 daily anchors checked."),
                containsString("<p id=\"record-total\">1 matching</p>"), containsString("<th scope=\"col\">Channel and source</th>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }

    @Test
    void theAnalysisIsJapaneseByDefaultAndEnglishWithTheCookie() {
        given().auth().oauth2(auditor()).when().get("/audit/analysis").then().statusCode(200)
                .body(allOf(containsString("<h1>アクセス記録の分析（2026-11）</h1>"), containsString("<li>時間外（8時前・20時以降・土日） 2 件</li>"),
                        containsString(">運用管理者によるアクセス 0 件（なし）</li>")));
        String html = given().auth().oauth2(auditor()).cookie("itaku-lang", "en").when().get("/audit/analysis").then()
                .statusCode(200).extract().asString();
        assertThat(html, allOf(containsString("<h1>Analysis of the access records (2026-11)</h1>"),
                containsString("<li>2 outside working hours (before 8:00, from 20:00, weekends)</li>"),
                containsString(">0 accesses by the platform administrator (none)</li>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }
}
