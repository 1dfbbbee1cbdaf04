package jp.itaku.contract.verify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class VerificationResourceTest {

    @Test
    void verifiesJsonTextForAnInspectorWithoutStoringIt() {
        String text = new String(Fixtures.resource("full.txt"), StandardCharsets.UTF_8);
        given().auth().oauth2(TestTokens.of(TENANT_A, "inspector")).contentType(ContentType.JSON)
                .body(Map.of("fileName", "再委託契約書.txt", "text", text))
                .post("/api/contracts/verifications").then().statusCode(200)
                .body("file", equalTo("再委託契約書.txt"))
                .body("kind", equalTo("outsourcing"))
                .body("elements", hasSize(12))
                .body("elements.find { it.id == 'C2' }.status", equalTo("satisfied"))
                .body("elements.find { it.id == 'C2' }.evidence[0].text", not(emptyString()));
    }

    @Test
    void verifiesAnUploadedFileForAContractorUser() {
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(TestTokens.contractor(TENANT_A, "org-sub"))
                .multiPart("file", "派遣契約.txt", Fixtures.resource("dispatch-d1.txt"), "text/plain")
                .post("/api/contracts/verifications").then().statusCode(200)
                .body("kind", equalTo("dispatch"))
                .body("elements.find { it.id == 'D1' }.status", equalTo("satisfied"));
    }

    @Test
    void rejectsUnreadableInputWithJapaneseProblems() {
        String officer = TestTokens.of(TENANT_A, "procurement-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("fileName", "a.txt", "text", " "))
                .post("/api/contracts/verifications").then().statusCode(400).contentType("application/problem+json");
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(officer)
                .multiPart("file", "表.xlsx", new byte[]{'P', 'K', 3, 4}, "application/octet-stream")
                .post("/api/contracts/verifications").then().statusCode(415).body("title", equalTo("対応していない形式です"));
        given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(officer)
                .multiPart("file", "壊れた.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/contracts/verifications").then().statusCode(422).body("status", equalTo(422));
        given().auth().oauth2(officer).multiPart("other", "x").post("/api/contracts/verifications")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void platformAdminAndAnonymousCannotVerify() {
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).contentType(ContentType.JSON)
                .body(Map.of("fileName", "a.txt", "text", "契約書")).post("/api/contracts/verifications").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("fileName", "a.txt", "text", "契約書"))
                .post("/api/contracts/verifications").then().statusCode(401);
    }
}
