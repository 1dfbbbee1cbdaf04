package jp.itaku.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The page after login, reached here with a bearer token (the test profile is a service; e2e covers the code flow). */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class PortalResourceTest {

    @Test
    void homePageShowsNameAgencyRolesAndApiDocsInJapanese() {
        String officer = TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer", "inspector").sign();
        given().auth().oauth2(officer).when().get("/")
                .then().statusCode(200)
                .contentType("text/html")
                .body(allOf(containsString("<html lang=\"ja\">"), containsString("sho-officer"),
                        containsString("デモ省"), containsString("調達担当者"), containsString("検査担当者"),
                        containsString("href=\"/api/contracts/openapi\""),
                        containsString("href=\"/api/inspections/openapi\""),
                        containsString("href=\"/api/provisions/openapi\""),
                        containsString("href=\"/logout\""), containsString("/css/itaku.css"),
                        not(containsString("運用管理（Keycloak）"))));
    }

    @Test
    void homePageNamesTheCallersOwnAgency() {
        String token = TestTokens.user("kikou-auditor").tenant("demo-kikou").roles("auditor").sign();
        given().auth().oauth2(token).when().get("/")
                .then().statusCode(200).body(allOf(containsString("デモ機構"), containsString("監査責任者"), not(containsString("デモ省"))));
    }

    @Test
    void contractorSeesItsOrganisation() {
        String alpha = TestTokens.user("alpha-user").tenant("demo-sho").org("org-alpha").roles("contractor").sign();
        given().auth().oauth2(alpha).when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("株式会社アルファ情報処理"), containsString("委託先担当者")));
    }

    @Test
    void platformAdministratorBelongsToNoAgencyAndSeesTheConsoleLink() {
        String admin = TestTokens.user("platform-admin").roles("platform-admin").sign();
        given().auth().oauth2(admin).when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("（機関に属していません）"), containsString("運用管理者"),
                        containsString("運用管理（Keycloak）")));
        given().auth().oauth2(admin).cookie("itaku-lang", "en").when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("<span class=\"user-agency\">(not in any agency)</span>"),
                        containsString("<dd class=\"agency\">(not in any agency)</dd>"), not(containsString("機関に属していません"))));
    }

    @Test
    void pageWithoutLoginIsRefused() {
        given().redirects().follow(false).when().get("/").then().statusCode(401);
    }

    @Test
    void logoutWithoutSessionLeadsToTheLoggedOutPage() {
        given().redirects().follow(false).when().get("/logout")
                .then().statusCode(303).header("Location", endsWith("/logged-out"));
    }

    @Test
    void loggedOutPageAndStylesheetNeedNoLogin() {
        given().when().get("/logged-out").then().statusCode(200).body(containsString("ログアウトしました"));
        given().when().get("/css/itaku.css").then().statusCode(200).contentType("text/css");
    }
}
