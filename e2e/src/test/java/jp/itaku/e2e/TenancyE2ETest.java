package jp.itaku.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.e2e.Problems.assertJapaneseProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** An agency sees only its own rows, a contractor user only its organisation's; other rows are simply not found. */
@ExtendWith(RunningSystem.class)
class TenancyE2ETest {

    @ParameterizedTest
    @ValueSource(strings = {"sho-officer", "sho-chief", "sho-auditor"})
    void agencyCannotReadAnotherAgencysContractorById(String user) {
        String kikouContractor = Contractors.create("kikou-officer", null);
        given().auth().oauth2(Tokens.of("kikou-auditor")).when().get(Itaku.gateway(Contractors.PATH + "/" + kikouContractor))
                .then().statusCode(200);
        assertJapaneseProblem(given().auth().oauth2(Tokens.of(user))
                .when().get(Itaku.gateway(Contractors.PATH + "/" + kikouContractor)), 404);
        given().auth().oauth2(Tokens.of(user)).queryParam("size", 200).when().get(Itaku.gateway(Contractors.PATH))
                .then().statusCode(200).body("items.id", not(hasItem(kikouContractor)));
    }

    @Test
    void callerCannotChooseTheTenantByQueryHeaderOrBody() {
        String kikouContractor = Contractors.create("kikou-officer", null);
        String sho = Tokens.of("sho-officer");
        assertJapaneseProblem(given().auth().oauth2(sho).queryParam("tenant", "demo-kikou")
                .header("X-Tenant", "demo-kikou")
                .when().get(Itaku.gateway(Contractors.PATH + "/" + kikouContractor)), 404);
        assertJapaneseProblem(given().auth().oauth2(sho).contentType(ContentType.JSON)
                .body(Map.of("name", "【E2E】他機関への登録", "tenantId", "demo-kikou"))
                .when().post(Itaku.gateway(Contractors.PATH)), 400);
    }

    @Test
    void contractorUserCannotReadAnotherOrganisationsContractor() {
        String betaRow = Contractors.create("sho-officer", "org-beta");
        String alphaRow = Contractors.create("sho-officer", "org-alpha");
        given().auth().oauth2(Tokens.of("beta-user")).when().get(Itaku.gateway(Contractors.PATH + "/" + betaRow))
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of("alpha-user")).when().get(Itaku.gateway(Contractors.PATH + "/" + alphaRow))
                .then().statusCode(200);
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("alpha-user"))
                .when().get(Itaku.gateway(Contractors.PATH + "/" + betaRow)), 404);
        given().auth().oauth2(Tokens.of("alpha-user")).queryParam("size", 200).when().get(Itaku.gateway(Contractors.PATH))
                .then().statusCode(200).body("items.id", hasItem(alphaRow)).body("items.id", not(hasItem(betaRow)));
    }

    @Test
    void unknownIdIsNotFoundLikeAnotherTenantsId() {
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("sho-officer"))
                .when().get(Itaku.gateway(Contractors.PATH + "/" + java.util.UUID.randomUUID())), 404);
    }
}
