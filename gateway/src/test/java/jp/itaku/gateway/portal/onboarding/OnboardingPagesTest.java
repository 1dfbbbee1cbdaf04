package jp.itaku.gateway.portal.onboarding;

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

/**
 * The staff, contractor-user and notice-settings pages speak the page's language: Japanese by default, English with
 * the cookie (PageFixtures' people with contract-service's Japanese role names; the agencies page's upstream answers
 * a broken list in these tests, PortalPagesTest).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class OnboardingPagesTest {

    private static String chief() {
        return TestTokens.user("sho-chief").tenant("demo-sho").roles("chief-protection-manager").sign();
    }

    private static String english(String path) {
        return given().auth().oauth2(chief()).cookie("itaku-lang", "en").when().get(path).then().statusCode(200)
                .extract().asString();
    }

    private static String japanese(String path) {
        return given().auth().oauth2(chief()).when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void staffIsJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/staff"), allOf(containsString("<h1>職員の管理</h1>"), containsString("<td>検査担当者、監査責任者</td>"),
                containsString("value=\"procurement-officer\"> 調達担当者</label>"), containsString("<td>ロール変更</td><td>inspector （org-beta）</td>"),
                containsString("<span class=\"badge bad\">停止中</span>")));
        String html = english("/staff");
        assertThat(html, allOf(containsString("<h1>Staff</h1>"), containsString("<td>Inspector, Auditor</td>"),
                containsString("value=\"procurement-officer\"> Procurement officer</label>"),
                containsString("<td>Roles changed</td><td>inspector (org-beta)</td>"),
                containsString("<span class=\"badge bad\">Deactivated</span>"), not(containsString("検査担当者"))));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }

    @Test
    void contractorUsersAreJapaneseByDefaultAndEnglishWithTheCookie() {
        String path = "/contractors/" + PageFixtures.CONTRACTOR + "/users";
        assertThat(japanese(path), allOf(containsString("<h1>委託先の利用者 — 株式会社ベータ</h1>"),
                containsString("組織コード （未登録）。招待した利用者は"), containsString(">委託先一覧に戻る</a>")));
        String html = english(path);
        assertThat(html, allOf(containsString("<h1>Contractor users — 株式会社ベータ</h1>"),
                containsString("Organisation code (not registered). Invited users see only"), containsString(">Back to the contractors</a>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }

    @Test
    void noticeSettingsAreJapaneseByDefaultAndEnglishWithTheCookie() {
        assertThat(japanese("/settings/notices"), allOf(containsString("Keycloak に登録されたメールアドレス（未登録）に送ります。"),
                containsString(" 1日1回まとめて送信（毎朝7時）</label>")));
        String html = english("/settings/notices");
        assertThat(html, allOf(containsString("registered in Keycloak (not registered)."),
                containsString(" Once a day, together (every morning at 7:00)</label>")));
        assertEquals(List.of(), PageLanguage.japaneseLeft(html, PageFixtures.DATA));
    }
}
