package jp.itaku.contract.draft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class DraftResourceTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Inject
    FileStore files;

    String newEngagement() {
        return Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "契約書案テスト", "org-" + UUID.randomUUID()), "OUTSOURCING");
    }

    @Test
    void everyUploadIsANewVerifiedVersionAndTheOriginalIsKept() {
        String id = newEngagement();
        byte[] bare = Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8);
        Fixtures.upload(OFFICER, id, "委託契約書（案）.txt", bare).statusCode(201)
                .body("draft.version", equalTo(1))
                .body("draft.fileName", equalTo("委託契約書（案）.txt"))
                .body("elements.id", hasItem("C1a"))
                .body("elements.find { it.id == 'C2' }.status", equalTo("missing"))
                .body("elements.find { it.id == 'C2' }.statusLabel", equalTo("欠落"))
                .body("elements.find { it.id == 'C2' }.name", equalTo("再委託の制限又は事前承認"))
                .body("elements.find { it.id == 'C2' }.required", equalTo(true))
                .body("elements.find { it.id == 'D1' }.required", equalTo(false));
        byte[] full = Fixtures.resource("full.txt");
        Fixtures.upload(OFFICER, id, "委託契約書（案）第2版.txt", full).statusCode(201)
                .body("draft.version", equalTo(2))
                .body("elements.find { it.id == 'C2' }.status", equalTo("satisfied"))
                .body("elements.find { it.id == 'C2' }.evidence[0].text", not(equalTo("")));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts")
                .then().statusCode(200).body("version", equalTo(java.util.List.of(1, 2)));
        byte[] original = given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/2/file")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(full, original);
        assertEquals(2, files.count(DraftService.FILE_PURPOSE, UUID.fromString(id)));
    }

    @Test
    void acceptsAPdfDraftAndKeepsItsBytes() throws Exception {
        String id = newEngagement();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        for (String line : new String(Fixtures.resource("full.txt"), StandardCharsets.UTF_8).split("\n")) {
            document.add(new com.lowagie.text.Paragraph(line, jp.itaku.common.pdf.JapaneseFonts.mincho(10)));
        }
        document.close();
        byte[] pdf = out.toByteArray();
        Fixtures.upload(OFFICER, id, "委託契約書.pdf", pdf).statusCode(201)
                .body("draft.fileName", equalTo("委託契約書.pdf"))
                .body("elements.find { it.id == 'C1a' }.status", equalTo("satisfied"));
        assertArrayEquals(pdf, given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/1/file")
                .then().statusCode(200).extract().asByteArray());
    }

    @Test
    void diffShowsWhichElementsARevisionFixedAndWhichItBroke() {
        String id = newEngagement();
        Fixtures.upload(OFFICER, id, "v1.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8)).statusCode(201);
        Fixtures.upload(OFFICER, id, "v2.txt", Fixtures.resource("full.txt")).statusCode(201);
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/diff?from=1&to=2")
                .then().statusCode(200)
                .body("fixed", hasItem("C2"))
                .body("broken", hasSize(0))
                .body("elements.find { it.id == 'C2' }.change", equalTo("FIXED"))
                .body("elements.find { it.id == 'C2' }.changeLabel", equalTo("修正された"))
                .body("elements.find { it.id == 'C2' }.addedText", not(hasSize(0)))
                .body("elements.find { it.id == 'C2' }.removedText", hasSize(0));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/diff?from=2&to=1")
                .then().statusCode(200).body("broken", hasItem("C2"))
                .body("elements.find { it.id == 'C2' }.removedText", not(hasSize(0)));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts/diff?from=1&to=9")
                .then().statusCode(404);
    }

    @Test
    void rejectsUnsupportedTypeWithoutStoringAnything() {
        String id = newEngagement();
        Fixtures.upload(OFFICER, id, "契約書.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2}).statusCode(415)
                .contentType("application/problem+json").body("title", equalTo("対応していない形式です"))
                .body("detail", containsString(".docx"));
        Fixtures.upload(OFFICER, id, "scan.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}).statusCode(415);
        assertNothingStored(id);
    }

    @Test
    void rejectsCorruptAndEmptyFilesWithoutStoringAnything() {
        String id = newEngagement();
        Fixtures.upload(OFFICER, id, "壊れた.docx", "これはdocxではありません".getBytes(StandardCharsets.UTF_8))
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(415), equalTo(422)))
                .contentType("application/problem+json");
        Fixtures.upload(OFFICER, id, "empty.txt", new byte[0]).statusCode(400);
        assertNothingStored(id);
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() {
        String id = newEngagement();
        byte[] big = new byte[30 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Fixtures.upload(OFFICER, id, "huge.txt", big).statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("サイズが上限を超えています"));
        assertNothingStored(id);
    }

    @Test
    void refusesADuplicateUploadAndKeepsOneCopy() {
        String id = newEngagement();
        byte[] content = Fixtures.resource("full.txt");
        Fixtures.upload(OFFICER, id, "契約書.txt", content).statusCode(201);
        Fixtures.upload(OFFICER, id, "契約書のコピー.txt", content).statusCode(409)
                .body("detail", containsString("第1版（契約書.txt）"));
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + id + "/drafts")
                .then().body("size()", equalTo(1));
        assertEquals(1, files.count(DraftService.FILE_PURPOSE, UUID.fromString(id)));
    }

    @Test
    void requiresAFile() {
        String id = newEngagement();
        given().auth().oauth2(OFFICER).multiPart("other", "x").post("/api/contracts/engagements/" + id + "/drafts")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        assertNothingStored(id);
    }

    private void assertNothingStored(String engagementId) {
        given().auth().oauth2(OFFICER).get("/api/contracts/engagements/" + engagementId + "/drafts")
                .then().statusCode(200).body("size()", equalTo(0));
        assertEquals(0, files.count(DraftService.FILE_PURPOSE, UUID.fromString(engagementId)));
    }
}
