package jp.itaku.gateway.portal.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
}
