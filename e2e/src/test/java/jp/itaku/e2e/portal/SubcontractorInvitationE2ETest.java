package jp.itaku.e2e.portal;

import io.restassured.http.ContentType;
import jp.itaku.e2e.Mailbox;
import jp.itaku.e2e.OnboardingE2ETest;
import jp.itaku.e2e.RunningSystem;
import jp.itaku.e2e.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 item 3: once the agency approved a subcontract, the subcontractor's first user is invited from the chain;
 * their org is the subcontractor's, so they see their own node and its subtree, not the contractor's node above.
 */
@ExtendWith(RunningSystem.class)
class SubcontractorInvitationE2ETest {

    private static final String GW = PortalBrowser.GATEWAY;

    @Test
    void approvedSubcontractorsFirstUserIsInvitedFromTheChainAndSeesOnlyItsSubtree() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        String engagement = PortalData.engagement(alpha, "再委託先の利用者招待");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        String root = PortalData.ownNode(engagement, "alpha-user");
        String org = "org-e2e-sub-" + UUID.randomUUID().toString().substring(0, 8);
        String node = LedgerE2ETest.subcontract("alpha-user", root, "招待先データ株式会社", org, false, "JP");
        String below = LedgerE2ETest.subcontract("alpha-user", root, "兄弟ノード株式会社",
                "org-e2e-sibling-" + UUID.randomUUID().toString().substring(0, 8), false, "JP");

        // the contractor at the top is invited from the contractor's page, not from the chain
        given().auth().oauth2(Tokens.of("sho-officer")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(OnboardingE2ETest.address("top"), null))
                .when().post(GW + "/api/contracts/subcontractors/" + root + "/users").then().statusCode(409);
        // a contractor user cannot invite through this door
        given().auth().oauth2(Tokens.of("alpha-user")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(OnboardingE2ETest.address("self"), null))
                .when().post(GW + "/api/contracts/subcontractors/" + node + "/users").then().statusCode(403);

        String email = OnboardingE2ETest.address("sub");
        given().auth().oauth2(Tokens.of("sho-officer")).contentType(ContentType.JSON)
                .body(OnboardingE2ETest.invitation(email, null))
                .when().post(GW + "/api/contracts/subcontractors/" + node + "/users")
                .then().statusCode(201).body("org", equalTo(org)).body("roles", equalTo(List.of("contractor")));
        given().auth().oauth2(Tokens.of("sho-officer")).when().get(GW + "/api/contracts/subcontractors/" + node + "/users")
                .then().statusCode(200).body("username", equalTo(List.of(email)));

        String token = OnboardingE2ETest.token(OnboardingE2ETest.accept(email, true));
        assertEquals(org, Tokens.claim(token, "org"));
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + node).then().statusCode(200)
                .body("orgCode", equalTo(org));
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + root).then().statusCode(404);
        given().auth().oauth2(token).when().get(GW + "/api/inspections/nodes/" + below).then().statusCode(404);
    }

    /**
     * Issue 15 in the browser: the officer opens 「利用者を招待」 on the approved subcontractor's node of the chain page,
     * gets the malformed address refused beside the field, then sends the invitation; Keycloak's mail arrives.
     */
    @Test
    void officerInvitesTheSubcontractorsUserFromTheChainPage() {
        String alpha = PortalData.contractor("org-alpha", "株式会社アルファ情報処理");
        String engagement = PortalData.engagement(alpha, "連鎖から利用者を招待");
        PortalData.uploadDraft(engagement, "full.txt");
        PortalData.confirm(engagement);
        PortalData.sendToReview(engagement);
        PortalData.approve(engagement);
        String root = PortalData.ownNode(engagement, "alpha-user");
        String node = LedgerE2ETest.subcontract("alpha-user", root, "画面招待データ株式会社",
                "org-e2e-sub-" + UUID.randomUUID().toString().substring(0, 8), false, "JP");
        String email = OnboardingE2ETest.address("chain");
        String page = "/engagements/" + engagement + "/chain";
        try (PortalBrowser browser = new PortalBrowser()) {
            browser.logInAt(page, "sho-officer");
            assertEquals(0, browser.driver.findElements(By.cssSelector("#node-" + root + " > details > details.invite")).size(),
                    "the contractor at the top is invited from the contractor's page");
            browser.find(By.cssSelector("#node-" + node + " details.invite > summary")).click();
            browser.find(By.id("inv-" + node + "-email")).sendKeys("not-an-address");
            browser.find(By.id("inv-" + node + "-lastName")).sendKeys("試験");
            browser.find(By.id("inv-" + node + "-firstName")).sendKeys("花子");
            browser.find(By.cssSelector("#node-" + node + " details.invite button[type=submit]")).click();
            WebElement error = browser.find(By.id("inv-" + node + "-email-error"));
            assertTrue(error.getText().contains("メールアドレスの形式が正しくありません"), error.getText());
            assertEquals("試験", browser.find(By.id("inv-" + node + "-lastName")).getAttribute("value"));
            browser.screenshot("chain-04-invitation-error");

            WebElement address = browser.find(By.id("inv-" + node + "-email"));
            address.clear();
            address.sendKeys(email);
            browser.find(By.cssSelector("#node-" + node + " details.invite button[type=submit]")).click();
            browser.wait.until(d -> d.findElement(By.tagName("main")).getText().contains(email + " に招待メールを送信しました。"));
            browser.screenshot("chain-05-invitation-sent");
        }
        List<Mailbox.Mail> mails = Mailbox.await(email, 1);
        assertFalse(mails.isEmpty());
        given().auth().oauth2(Tokens.of("sho-officer")).when().get(GW + "/api/contracts/subcontractors/" + node + "/users")
                .then().statusCode(200).body("username", equalTo(List.of(email)));
    }
}
