package jp.itaku.contract.files;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static jp.itaku.common.testing.TestTokens.TENANT_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a crash between file and row, the file without its row (and chunks without their file) are removed. */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
class OrphanFileSweeperTest {

    static final String OFFICER = TestTokens.of(TENANT_A, "procurement-officer");

    @Inject
    OrphanFileSweeper sweeper;

    @Inject
    FileStore files;

    @Inject
    MongoDatabase database;

    @Inject
    jp.itaku.common.time.ItakuClock clock;

    @Test
    void fileWithoutItsRowAndChunksWithoutTheirFileAreRemovedWhileEveryNamedFileStays() throws Exception {
        String engagement = Fixtures.engagement(OFFICER, Fixtures.contractor(OFFICER, "掃除対象", "org-" + UUID.randomUUID()), "OUTSOURCING");
        int version = Fixtures.upload(OFFICER, engagement, "draft.txt", Fixtures.BARE_DRAFT.getBytes(StandardCharsets.UTF_8))
                .statusCode(201).extract().path("draft.version");
        // what a SIGKILL between FileStore.put and the row's commit leaves behind
        String orphan = files.put(TENANT_A, "contract-draft", UUID.fromString(engagement), "lost.txt", "text/plain",
                "孤立".getBytes(StandardCharsets.UTF_8));
        ObjectId halfUpload = new ObjectId();
        database.getCollection(OrphanFileSweeper.BUCKET + ".chunks").insertOne(new Document("files_id", halfUpload)
                .append("n", 0).append("data", new Binary(new byte[] {1, 2, 3})));
        String foreign = files.put(TENANT_A, "someone-elses-purpose", UUID.randomUUID(), "x.bin", "application/octet-stream", new byte[] {9});

        assertEquals(0, sweeper.sweep(clock.instant().minusSeconds(3600)), "nothing is younger than the grace period");
        int removed = sweeper.sweep(clock.instant().plusSeconds(60));
        assertTrue(removed >= 2, "removed " + removed);

        var filesCollection = database.getCollection(OrphanFileSweeper.BUCKET + ".files");
        assertEquals(0, filesCollection.countDocuments(new Document("_id", new ObjectId(orphan))));
        assertEquals(0, database.getCollection(OrphanFileSweeper.BUCKET + ".chunks").countDocuments(new Document("files_id", halfUpload)));
        assertEquals(1, filesCollection.countDocuments(new Document("_id", new ObjectId(foreign))), "unknown purposes are left alone");
        byte[] kept = given().auth().oauth2(OFFICER)
                .get("/api/contracts/engagements/" + engagement + "/drafts/" + version + "/file")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(Fixtures.BARE_DRAFT, new String(kept, StandardCharsets.UTF_8));
    }
}
