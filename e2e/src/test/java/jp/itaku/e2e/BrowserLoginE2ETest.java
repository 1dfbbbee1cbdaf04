package jp.itaku.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal's login, as a browser does it: gateway → Keycloak's login page → back on the portal's page. */
@ExtendWith(RunningSystem.class)
class BrowserLoginE2ETest {

    @Test
    void officerLogsInThroughKeycloakAndSeesTheJapanesePortalPage() {
        Browser browser = new Browser();
        Browser.Page login = browser.get(Itaku.gateway("/"));
        assertTrue(login.isKeycloakLogin(), "Keycloak login page expected, got " + login.uri());

        Browser.Page home = browser.logIn(login, "sho-officer", Itaku.PASSWORD);

        assertEquals(200, home.status(), home.body());
        assertEquals(Itaku.gateway("/"), home.uri().toString(), "back on the portal: " + home.hops());
        assertContains(home, "佐藤 一郎", "デモ省", "調達担当者", "/api/contracts/openapi", "/api/inspections/openapi",
                "/api/provisions/openapi", "ログアウト");
    }

    @Test
    void loggedInBrowserReachesApiDocsAndApiWithItsSession() {
        Browser browser = new Browser();
        browser.logIn(browser.get(Itaku.gateway("/")), "sho-auditor", Itaku.PASSWORD);

        for (String service : Itaku.SERVICES.keySet()) {
            Browser.Page openapi = browser.get(Itaku.gateway("/api/" + service + "/openapi"));
            assertEquals(200, openapi.status(), service + ": " + openapi.body());
            assertTrue(openapi.body().contains("/api/" + service + "/"), service + "'s OpenAPI document");
        }
        // the session's access token is passed on: the service answers for the auditor
        Browser.Page contractors = browser.get(Itaku.gateway(Contractors.PATH));
        assertEquals(200, contractors.status(), contractors.body());
        assertTrue(contractors.body().contains("\"total\""), contractors.body());
    }

    @Test
    void contractorUserSeesItsOrganisation() {
        Browser browser = new Browser();
        Browser.Page home = browser.logIn(browser.get(Itaku.gateway("/")), "alpha-user", Itaku.PASSWORD);
        assertEquals(200, home.status(), home.body());
        assertContains(home, "吉田 拓也", "デモ省", "株式会社アルファ情報処理", "委託先担当者");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage() {
        Browser browser = new Browser();
        Browser.Page again = browser.logIn(browser.get(Itaku.gateway("/")), "sho-officer", "wrong-password");
        assertTrue(again.isKeycloakLogin(), "still on Keycloak's login page: " + again.uri());
        assertFalse(again.body().contains("調達担当者"));
        assertTrue(browser.get(Itaku.gateway("/")).isKeycloakLogin(), "no portal session");
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = new Browser();
        browser.logIn(browser.get(Itaku.gateway("/")), "sho-manager", Itaku.PASSWORD);

        Browser.Page loggedOut = browser.get(Itaku.gateway("/logout"));
        assertEquals(200, loggedOut.status(), loggedOut.body());
        assertContains(loggedOut, "ログアウトしました");

        assertTrue(browser.get(Itaku.gateway("/")).isKeycloakLogin(), "logged out at Keycloak too");
        assertEquals(401, browser.get(Itaku.gateway(Contractors.PATH)).status());
    }

    private static void assertContains(Browser.Page page, String... texts) {
        for (String text : texts) {
            assertTrue(page.body().contains(text), "「" + text + "」 expected on " + page.uri() + ":\n" + page.body());
        }
    }
}
