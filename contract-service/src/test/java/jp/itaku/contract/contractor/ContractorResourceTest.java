package jp.itaku.contract.contractor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class ContractorResourceTest {

    static final String OFFICER_A = TestTokens.of(TENANT_A, "procurement-officer");

    static String create(String token, String name, String orgCode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "orgCode", orgCode))
                .when().post("/api/contracts/contractors")
                .then().statusCode(201).body("name", equalTo(name))
                .extract().path("id");
    }

    @Test
    void japaneseNameRoundTripsIntact() {
        String name = "株式会社テスト情報処理ｾﾝﾀｰ〜𠮷野家" + UUID.randomUUID();
        String id = create(OFFICER_A, name, "org-" + UUID.randomUUID());
        given().auth().oauth2(OFFICER_A).get("/api/contracts/contractors/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("createdBy", startsWith("procurement-officer"));
    }

    @Test
    void otherTenantsContractorIsNotFound() {
        String id = create(OFFICER_A, "A庁の委託先", "org-a1");
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).get("/api/contracts/contractors/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("見つかりません"));
        given().auth().oauth2(TestTokens.of(TENANT_B, "auditor")).get("/api/contracts/contractors")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void contractorSeesOnlyItsOwnOrganisation() {
        String org = "org-" + UUID.randomUUID();
        String own = create(OFFICER_A, "自社", org);
        String other = create(OFFICER_A, "他社", "org-" + UUID.randomUUID());
        String contractor = TestTokens.contractor(TENANT_A, org);
        given().auth().oauth2(contractor).get("/api/contracts/contractors/" + own).then().statusCode(200);
        given().auth().oauth2(contractor).get("/api/contracts/contractors/" + other).then().statusCode(404);
        given().auth().oauth2(contractor).get("/api/contracts/contractors")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(own));
    }

    @Test
    void contractorCannotCreateContractors() {
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-x")).contentType(ContentType.JSON)
                .body(Map.of("name", "勝手な登録")).post("/api/contracts/contractors")
                .then().statusCode(403).body("title", equalTo("権限がありません"));
    }

    @Test
    void rejectsMissingExpiredAndTamperedTokens() {
        given().get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("old").tenant(TENANT_A).roles("auditor").expired().sign())
                .get("/api/contracts/contractors").then().statusCode(401);
        given().auth().oauth2(TestTokens.tampered(OFFICER_A)).get("/api/contracts/contractors").then().statusCode(401);
    }

    @Test
    void rejectsBadInputWithJapaneseProblemAndWritesNothing() {
        long before = given().auth().oauth2(OFFICER_A).get("/api/contracts/contractors").then().extract().jsonPath().getLong("total");
        given().auth().oauth2(OFFICER_A).contentType(ContentType.JSON).body("{\"name\": \"壊れた")
                .post("/api/contracts/contractors").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("JSON の形式が正しくありません"));
        given().auth().oauth2(OFFICER_A).contentType(ContentType.JSON).body(Map.of("name", "x", "unknown", 1))
                .post("/api/contracts/contractors").then().statusCode(400).body("errors[0].field", equalTo("unknown"));
        given().auth().oauth2(OFFICER_A).contentType(ContentType.JSON).body(Map.of("name", " "))
                .post("/api/contracts/contractors").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("委託先名を入力してください。"));
        given().auth().oauth2(OFFICER_A).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(10 * 1024 * 1024)))
                .post("/api/contracts/contractors").then().statusCode(413).body("status", equalTo(413));
        given().auth().oauth2(OFFICER_A).get("/api/contracts/contractors")
                .then().body("total", equalTo((int) before));
    }
}
