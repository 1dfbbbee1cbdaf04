package jp.itaku.contract.draft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Docx;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extracted text of a stored draft, which the evidence offsets of its verification refer to. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class DraftTextTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Test
    @SuppressWarnings("unchecked")
    void everyEvidenceOfADocxDraftIsTheSliceOfItsExtractedText() {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "本文テスト", org), "OUTSOURCING");
        byte[] docx = Docx.of(new String(Fixtures.resource("full.txt"), StandardCharsets.UTF_8));
        JsonPath detail = Fixtures.upload(OFFICER, id, "委託契約書.docx", docx).statusCode(201).extract().jsonPath();
        JsonPath text = given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/1/text")
                .then().statusCode(200)
                .body("type", equalTo("DOCX"))
                .body("encoding", nullValue())
                .body("fileName", equalTo("委託契約書.docx"))
                .body("text", containsString("第9条（再委託の禁止）"))
                .extract().jsonPath();
        String body = text.getString("text");
        int checked = 0;
        for (Map<String, Object> element : detail.<Map<String, Object>>getList("elements")) {
            for (Map<String, Object> ev : (List<Map<String, Object>>) element.get("evidence")) {
                int start = body.offsetByCodePoints(0, (Integer) ev.get("start"));
                int end = body.offsetByCodePoints(0, (Integer) ev.get("end"));
                assertEquals(ev.get("text"), body.substring(start, end), "evidence of " + element.get("id"));
                checked++;
            }
        }
        assertTrue(checked >= 8, "only " + checked + " pieces of evidence");
    }

    @Test
    void aTextDraftComesBackWithItsEncoding() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "本文テスト", "org-" + UUID.randomUUID()), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "sjis.txt", Fixtures.BARE_DRAFT.getBytes(java.nio.charset.Charset.forName("windows-31j")))
                .statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/1/text")
                .then().statusCode(200).body("type", equalTo("TEXT")).body("encoding", equalTo("Shift_JIS"))
                .body("text", equalTo(Fixtures.BARE_DRAFT));
    }

    @Test
    void anotherTenantOrAnotherContractorCannotReadTheText() {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "本文テスト", org), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "契約書.docx", Docx.of(Fixtures.BARE_DRAFT)).statusCode(201);
        String path = "/api/contracts/engagements/" + id + "/drafts/1/text";
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-" + UUID.randomUUID())).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, org)).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
    }
}
