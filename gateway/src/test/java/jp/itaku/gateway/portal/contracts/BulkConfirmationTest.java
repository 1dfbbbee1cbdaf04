package jp.itaku.gateway.portal.contracts;

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

/**
 * S3 in the portal: a download the service holds back past the bulk threshold (428) becomes a form asking for the
 * reason; sent, the same download goes ahead with the reason passed on to the service (UpstreamServer plays it).
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class BulkConfirmationTest {

    private static String officer() {
        return TestTokens.user("sho-officer").tenant("demo-sho").roles("procurement-officer").sign();
    }

    @Test
    void pastTheThresholdTheDownloadBecomesAFormAskingForTheReason() {
        given().auth().oauth2(officer()).when().get("/engagements/export").then().statusCode(428)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("大量ダウンロードの確認"), containsString("本日の出力件数が上限（1件）を超えます"),
                        containsString("<form method=\"get\" action=\"/engagements/export\""),
                        containsString("<label id=\"bulk-reason-label\" for=\"bulkReason\">"),
                        containsString("name=\"bulkReason\""), containsString("保護管理者に通知されます")));
    }

    @Test
    void theReasonGoesOnToTheServiceAndTheFileComesBack() {
        String reason = "年度末の委託先一覧の照合のため";
        given().auth().oauth2(officer()).queryParam("bulkReason", reason).when().get("/engagements/export").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("engagements-2026-12-01.csv"))
                .body(equalTo("\uFEFFreason=" + reason));
    }

    @Test
    void aTooShortReasonShowsTheFormAgainWithWhatWasTyped() {
        given().auth().oauth2(officer()).queryParam("bulkReason", "確認").when().get("/engagements/export").then()
                .statusCode(428).body(allOf(containsString(">確認</textarea>"), not(containsString("reason="))));
    }

    @Test
    void otherQueryParametersAreKeptInTheForm() {
        given().auth().oauth2(officer()).queryParam("format", "csv").when().get("/engagements/export").then()
                .statusCode(428).body(containsString("<input type=\"hidden\" name=\"format\" value=\"csv\">"));
    }
}
