package jp.itaku.gateway.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Portal pages rendered from what the services answer (UpstreamServer plays contract-service). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class PortalPagesTest {

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    @Test
    void contractorsPageEscapesServiceDataAndHighlightsExpiredCertifications() {
        given().auth().oauth2(officer()).when().get("/contractors")
                .then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;株式会社テスト"),
                        not(containsString("<script>alert")), containsString("class=\"warn expired\""),
                        containsString("プライバシーマーク（期限切れ）"), containsString("class=\"skip-link\"")));
    }

    @Test
    void serviceRefusalIsShownWithItsJapaneseMessageAndStatus() {
        given().auth().oauth2(officer()).when().get("/engagements/00000000-0000-0000-0000-000000000002")
                .then().statusCode(403)
                .body(allOf(containsString("この操作には保護管理者のロールが必要です。"), containsString("調達担当者")));
    }

    @Test
    void answerThatDoesNotFitThePortalsRecordIsA502NamingTheService() {
        String admin = TestTokens.user("platform-admin").roles("platform-admin").sign();
        given().auth().oauth2(admin).when().get("/agencies")
                .then().statusCode(502).contentType("text/html")
                .body(allOf(containsString("サービスの応答を読み取れません"), containsString("契約・委託先サービス（contract-service）")));
    }

    @Test
    void pageForAnotherRoleNamesTheRoleItNeeds() {
        given().auth().oauth2(officer()).when().get("/approvals")
                .then().statusCode(403)
                .body(containsString("次のいずれかのロールが必要です: 保護管理者"));
    }

    @Test
    void englishCookieSwitchesThePortalsOwnWords() {
        given().auth().oauth2(officer()).cookie("itaku-lang", "en").when().get("/contractors")
                .then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString("<h1>Contractors</h1>"),
                        containsString("<a href=\"/engagements\">Engagements</a>"), not(containsString(">委託案件</a>")),
                        containsString("株式会社テスト")));
        given().auth().oauth2(officer()).when().get("/contractors")
                .then().statusCode(200).body(containsString("<a href=\"/engagements\">委託案件</a>"));
    }

    @Test
    void languageSwitchOnlyReturnsToPagesOfThisSite() {
        given().redirects().follow(false).when().get("/lang?to=en&back=//evil.example/x")
                .then().statusCode(303).header("Location", allOf(not(containsString("evil")), containsString("/")))
                .cookie("itaku-lang", equalTo("en"));
    }

    @Test
    void malformedIdInTheUrlGivesAJapaneseNotFoundPage() {
        given().auth().oauth2(officer()).when().get("/engagements/not-a-uuid")
                .then().statusCode(404).contentType("text/html").body(containsString("見つかりません"));
    }
}
