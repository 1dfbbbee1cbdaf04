package jp.itaku.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.e2e.Problems.assertJapaneseProblem;
import static org.hamcrest.Matchers.containsString;

/** What each role may do, through the gateway with real Keycloak tokens. */
@ExtendWith(RunningSystem.class)
class RoleE2ETest {

    @Test
    void procurementOfficerRegistersAndReadsContractor() {
        String id = Contractors.create("sho-officer", null);
        given().auth().oauth2(Tokens.of("sho-officer")).when().get(Itaku.gateway(Contractors.PATH + "/" + id))
                .then().statusCode(200).body(containsString(id)).body(containsString("【E2E】株式会社テスト委託先"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sho-manager", "sho-chief", "sho-inspector", "sho-auditor", "kikou-auditor"})
    void agencyStaffReadContractors(String user) {
        given().auth().oauth2(Tokens.of(user)).when().get(Itaku.gateway(Contractors.PATH)).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sho-auditor", "sho-inspector", "alpha-user", "platform-admin"})
    void onlyProcurementOfficersRegisterContractors(String user) {
        long before = Contractors.count("sho-officer");
        assertJapaneseProblem(given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("name", "【E2E】権限のない登録"))
                .when().post(Itaku.gateway(Contractors.PATH)), 403);
        org.junit.jupiter.api.Assertions.assertEquals(before, Contractors.count("sho-officer"));
    }

    @ParameterizedTest
    @FieldSource("jp.itaku.e2e.ServiceApis#LISTS")
    void rightRoleReadsEachServicesList(ServiceApis.ListApi api) {
        given().auth().oauth2(Tokens.of(api.allowedUser())).when().get(Itaku.gateway(api.path()))
                .then().statusCode(200);
    }

    @ParameterizedTest
    @FieldSource("jp.itaku.e2e.ServiceApis#LISTS")
    void wrongRoleIsRefusedEachServicesList(ServiceApis.ListApi api) {
        assertJapaneseProblem(given().auth().oauth2(Tokens.of(api.refusedUser())).when().get(Itaku.gateway(api.path())), 403);
    }

    @Test
    void platformAdministratorReadsNoAgencyData() {
        assertJapaneseProblem(given().auth().oauth2(Tokens.of("platform-admin"))
                .when().get(Itaku.gateway(Contractors.PATH)), 403);
    }
}
