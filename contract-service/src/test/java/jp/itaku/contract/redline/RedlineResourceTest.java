package jp.itaku.contract.redline;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Docx;
import jp.itaku.contract.support.Fixtures;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static jp.itaku.common.testing.TestTokens.TENANT_B;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The redline download: who may have it, and what a draft that is not a .docx gets instead. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class RedlineResourceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Test
    void theOfficerDownloadsTheRedlineOfADocxDraft() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "修正案テスト", org), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "委託契約書.docx", Docx.of(RedlinerTest.TWO_MISSING)).statusCode(201);
        String path = "/api/contracts/engagements/" + id + "/drafts/1/redline.docx";
        byte[] docx = given().auth().oauth2(OFFICER).get(path).then().statusCode(200)
                .contentType(RedlineResource.DOCX)
                .header("Content-Disposition", containsString("redline-v1.docx"))
                .header("X-Itaku-Insertions", "2")
                .header("X-Itaku-Comments", "2")
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(2, doc.getComments().length);
        }
        given().auth().oauth2(TestTokens.contractor(TENANT_A, org)).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.of(TENANT_A, "auditor")).get(path).then().statusCode(200);
    }

    @Test
    void anotherTenantOrAnotherContractorGetsNothing() {
        String org = "org-" + UUID.randomUUID();
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "修正案テスト", org), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "委託契約書.docx", Docx.of(Fixtures.BARE_DRAFT)).statusCode(201);
        String path = "/api/contracts/engagements/" + id + "/drafts/1/redline.docx";
        given().auth().oauth2(TestTokens.of(TENANT_B, "procurement-officer")).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.contractor(TENANT_A, "org-" + UUID.randomUUID())).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.of(TENANT_A, "platform-admin")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/7/redline.docx")
                .then().statusCode(404);
    }

    @Test
    void aTextDraftGetsAJapaneseProblemInsteadOfARedline() {
        String id = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "修正案テスト", "org-" + UUID.randomUUID()), "OUTSOURCING");
        Fixtures.upload(OFFICER, id, "委託契約書.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/1/redline.docx")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("内容を処理できません"))
                .body("detail", containsString("Word文書（.docx）ではないため"));
    }
}
