package jp.itaku.gateway.portal.contractor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static jp.itaku.gateway.UpstreamServer.CHAIN_ENGAGEMENT;
import static jp.itaku.gateway.UpstreamServer.CHAIN_N2;
import static jp.itaku.gateway.UpstreamServer.CHAIN_N3;
import static jp.itaku.gateway.UpstreamServer.CHAIN_ROOT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain page as a tree (issue 16 item 2) and the invitation of a subcontractor's user from it (issue 15):
 * UpstreamServer plays inspection-service's roll-up and contract-service's invitation; which nodes a person sees is
 * inspection-service's (ChainTreeResourceTest, ChainTreePortalE2ETest).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class ChainPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PAGE = "/engagements/" + CHAIN_ENGAGEMENT + "/chain";

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    private static String contractor() {
        return TestTokens.user("alpha-user").tenant("demo-sho").org("org-alpha").roles("contractor").sign();
    }

    /** The node's list item, up to where its first child's begins. */
    private static String item(String page, String id) {
        int start = page.indexOf("<li id=\"node-" + id + "\"");
        assertTrue(start >= 0, "node " + id + " is on the page");
        int next = page.indexOf("<li id=\"node-", start + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    @Test
    void everyLevelNestsInDetailsAndTheTopShowsTheOverdueInspectionThreeLevelsDown() {
        String page = given().auth().oauth2(officer()).when().get(PAGE).then().statusCode(200)
                .body(containsString("<ul class=\"chain-tree\" aria-label=\"再委託の連鎖（ツリー）\">"))
                .extract().asString();
        String root = item(page, CHAIN_ROOT);
        assertTrue(root.contains("<details open>") && root.contains("<summary>"), root);
        assertTrue(root.contains("data-concern=\"INSPECTION_OVERDUE\""), root);
        assertTrue(root.contains("検査期限超過（語彙） — ガンマ保管"), "the roll-up names where the worst state sits: " + root);
        assertTrue(root.contains("対応事項なし（語彙）"), "its own state is shown apart: " + root);
        String n2 = item(page, CHAIN_N2);
        assertTrue(n2.contains("<strong>C2</strong> 再委託の制限に関する条項"), "the unmet element: " + n2);
        String n3 = item(page, CHAIN_N3);
        assertTrue(n3.contains("<span class=\"badge bad\">期限超過（語彙）</span> 2021-12-01"), n3);
        assertTrue(n3.contains("第3層"), n3);
        // nested: the third level's item sits inside the second's list
        assertTrue(page.indexOf("node-" + CHAIN_N2) < page.indexOf("node-" + CHAIN_N3));
        assertTrue(page.substring(page.indexOf("node-" + CHAIN_N2), page.indexOf("node-" + CHAIN_N3))
                .contains("<ul class=\"chain-tree\">"));

        given().auth().oauth2(officer()).cookie("itaku-lang", "en").when().get(PAGE).then().statusCode(200)
                .body(allOf(containsString("Inspection overdue (vocabulary) — ガンマ保管"), containsString("Level 3"),
                        containsString("Next inspection"), containsString("Invite a user"),
                        not(containsString("次回検査"))));
    }

    @Test
    void theAgencysStaffGetAnInvitationFormPerSubcontractorTheContractorDoesNot() {
        String page = given().auth().oauth2(officer()).when().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(item(page, CHAIN_N2).contains("action=\"/engagements/" + CHAIN_ENGAGEMENT + "/chain/nodes/" + CHAIN_N2 + "/users\""));
        assertTrue(item(page, CHAIN_N2).contains("name=\"csrf-token\""));
        assertTrue(!item(page, CHAIN_ROOT).contains("利用者を招待"), "the contractor at the top is invited from its own page");

        String contractorPage = given().auth().oauth2(contractor()).when().get(PAGE).then().statusCode(200)
                .extract().asString();
        assertTrue(!contractorPage.contains("利用者を招待"), "no invitation form for a contractor");
        Response form = given().auth().oauth2(contractor()).when().get(PAGE);
        Matcher field = CSRF_FIELD.matcher(form.asString());
        assertTrue(field.find());
        UpstreamServer.lastInvitation = null;
        given().auth().oauth2(contractor()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("itaku-csrf", form.getCookie("itaku-csrf")).formParam("csrf-token", field.group(1))
                .formParam("email", "x@example.jp").formParam("lastName", "山田").formParam("firstName", "花子")
                .when().post(PAGE + "/nodes/" + CHAIN_N2 + "/users").then().statusCode(403);
        assertEquals(null, UpstreamServer.lastInvitation, "refused before contract-service is asked");
    }

    @Test
    void anInvitationIsSentAndAMalformedAddressIsRefusedBesideTheField() {
        Response form = given().auth().oauth2(officer()).when().get(PAGE);
        Matcher field = CSRF_FIELD.matcher(form.asString());
        assertTrue(field.find());
        String csrf = field.group(1);
        String cookie = form.getCookie("itaku-csrf");

        String refused = given().auth().oauth2(officer()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("itaku-csrf", cookie).formParam("csrf-token", csrf)
                .formParam("email", "not-an-address").formParam("lastName", "山田").formParam("firstName", "花子")
                .when().post(PAGE + "/nodes/" + CHAIN_N2 + "/users").then().statusCode(400).extract().asString();
        String n2 = item(refused, CHAIN_N2);
        assertTrue(n2.contains("<details class=\"invite\" open>"), "the node's form stays open: " + n2);
        assertTrue(n2.contains("id=\"inv-" + CHAIN_N2 + "-email-error\">メールアドレスの形式が正しくありません。</p>"), n2);
        assertTrue(n2.contains("value=\"山田\""), "what was typed is kept: " + n2);
        assertTrue(!item(refused, CHAIN_N3).contains("field-error"), "other nodes' forms stay clean");

        given().auth().oauth2(officer()).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("itaku-csrf", cookie).formParam("csrf-token", csrf)
                .formParam("email", " hanako@example.jp ").formParam("lastName", "山田").formParam("firstName", "花子")
                .when().post(PAGE + "/nodes/" + CHAIN_N2 + "/users").then().statusCode(303)
                .header("Location", containsString(PAGE + "?invited=hanako%40example.jp#node-" + CHAIN_N2));
        assertTrue(UpstreamServer.lastInvitation.startsWith("/api/contracts/subcontractors/" + CHAIN_N2 + "/users "),
                UpstreamServer.lastInvitation);
        assertTrue(UpstreamServer.lastInvitation.contains("\"email\":\"hanako@example.jp\""), UpstreamServer.lastInvitation);
        given().auth().oauth2(officer()).when().queryParam("invited", "hanako@example.jp").get(PAGE).then().statusCode(200)
                .body(containsString("hanako@example.jp に招待メールを送信しました。"));
    }

    @Test
    void anotherTenantsEngagementIsNotFound() {
        given().auth().oauth2(officer()).when().get("/engagements/00000000-0000-0000-0000-0000000000ff/chain")
                .then().statusCode(404);
    }

    @Test
    void theRequestFormIsJapaneseByDefaultAndEnglishWithTheCookie() {
        given().auth().oauth2(contractor()).when().get(PAGE).then().statusCode(200)
                .body(allOf(containsString("再委託には委託元の事前の承認が必要です（第8-4）。"),
                        containsString("<label for=\"sc-file\">再委託契約書（.txt、必須）</label>"),
                        containsString(">アルファ情報処理（第1層）</option>")));
        String html = given().auth().oauth2(contractor()).cookie("itaku-lang", "en").when().get(PAGE).then().statusCode(200)
                .extract().asString();
        assertThat(html, allOf(containsString("Subcontracting needs the outsourcer&#39;s prior approval (8-4)."),
                containsString("<label for=\"sc-file\">Subcontract (.txt, required)</label>"),
                containsString(">アルファ情報処理 (Level 1)</option>")));
        assertEquals(List.of(), PageLanguage.notFromUpstream(html));
    }
}
