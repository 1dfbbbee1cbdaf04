package jp.itaku.gateway.portal.inspections;

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

/** The plan page names states and methods by inspection-service's vocabulary (UpstreamServer plays it), not a copy. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamServer.class, restrictToAnnotatedClass = false)
class PlanPagesTest {

    private static String inspector() {
        return TestTokens.user("sho-inspector").tenant("demo-sho").roles("inspector").sign();
    }

    @Test
    void stateAndMethodAreInspectionServicesLabelsInThePagesLanguage() {
        given().auth().oauth2(inspector()).when().get("/plan").then().statusCode(200)
                .body(allOf(containsString("<span class=\"badge bad\">期限超過（語彙）</span>"),
                        containsString("<td>実地（語彙）</td>"), containsString("住民税帳票の印刷業務")));
        given().auth().oauth2(inspector()).cookie("itaku-lang", "en").when().get("/plan").then().statusCode(200)
                .body(allOf(containsString(">Overdue (vocabulary)</span>"), containsString("<td>On site (vocabulary)</td>"),
                        not(containsString("<td>実地"))));
    }
}
