package jp.itaku.gateway.portal.ledger;

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
}
