package jp.itaku.gateway.portal.ledger;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import jp.itaku.gateway.portal.PageLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ledger page rendered from contract-service's ledger (UpstreamServer plays it), and its downloads relayed. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class LedgerPagesTest {

    private static String auditor() {
        return TestTokens.user("sho-auditor").tenant("demo-sho").roles("auditor").sign();
    }

    @Test
    void auditorSeesTheChainFlaggedAndTheNotErasedEngagementInRed() {
        given().auth().oauth2(auditor()).queryParam("division", "税務課").queryParam("notErased", "true")
                .when().get("/ledger").then().statusCode(200)
                .body(allOf(containsString("住民税帳票の印刷業務"), containsString("class=\"badge bad not-erased\""),
                        containsString("&lt;b&gt;クラウド&lt;/b&gt;株式会社"), not(containsString("<b>クラウド")),
                        containsString("国外"), containsString("記録機能の導入前"),
                        containsString("href=\"/ledger/ledger.csv?division=%E7%A8%8E%E5%8B%99%E8%AA%B2&amp;notErased=true\""),
                        containsString("id=\"notErased\" name=\"notErased\" value=\"true\" checked")));
    }

    @Test
    void stateFilterOffersContractServicesVocabularyInThePagesLanguage() {
        given().auth().oauth2(auditor()).queryParam("state", "ENDED").when().get("/ledger").then().statusCode(200)
                .body(allOf(containsString("<option value=\"ENDED\" selected>終了（語彙）</option>"),
                        containsString("<option value=\"IN_PROGRESS\" >履行中（語彙）</option>"),
                        not(containsString("value=\"DRAFTING\""))));
        given().auth().oauth2(auditor()).cookie("itaku-lang", "en").when().get("/ledger").then().statusCode(200)
                .body(containsString(">Ended (vocabulary)</option>"));
    }

    @Test
    void csvDownloadIsRelayedWithTheFilters() {
        given().auth().oauth2(auditor()).queryParam("state", "ENDED").when().get("/ledger/ledger.csv").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("outsourcing-ledger"))
                .body(equalTo("\uFEFFquery=state=ENDED"));
    }

    @Test
    void contractorIsRefusedTheLedgerPageAndItsDownloads() {
        String contractor = TestTokens.user("alpha-user").tenant("demo-sho").org("org-alpha").roles("contractor").sign();
        for (String path : new String[]{"/ledger", "/ledger/ledger.csv", "/ledger/ledger.pdf"}) {
            given().auth().oauth2(contractor).when().get(path).then().statusCode(403)
                    .body(containsString("監査責任者"));
        }
    }

    @Test
    void inEnglishTheLedgerSaysNothingOfItsOwnInJapanese() {
        String html = given().auth().oauth2(auditor()).cookie("itaku-lang", "en").when().get("/ledger").then().statusCode(200)
                .extract().asString();
        assertThat(html, allOf(containsString("<h1>Ledger of the outsourced handling of retained personal information</h1>"),
                containsString("<th scope=\"col\">Where handled and stored</th>"), containsString("Before recording began"),
                containsString(" Ended and not yet erased only</label>")));
        // contract-service's ledger sends some labels without their codes (the handler's role, the place types …)
        assertEquals(List.of(), PageLanguage.notFromUpstream(html));
        given().auth().oauth2(auditor()).when().get("/ledger").then().statusCode(200)
                .body(allOf(containsString("<h1>保有個人情報の取扱いの委託に関する台帳</h1>"),
                        containsString("<th scope=\"col\">取扱い・保管場所</th>"), containsString(" 終了済み・未消去のみ</label>")));
    }
}
