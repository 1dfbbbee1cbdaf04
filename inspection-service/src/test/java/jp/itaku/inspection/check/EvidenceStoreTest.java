package jp.itaku.inspection.check;

import com.mongodb.client.MongoDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.inspection.FakeContractService;
import jp.itaku.inspection.evidence.EvidenceFile;
import jp.itaku.inspection.evidence.EvidenceStore;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeContractService.class, restrictToAnnotatedClass = false)
class EvidenceStoreTest {

    @Inject
    EvidenceStore store;

    @Inject
    MongoDatabase mongo;

    /** The file is already in GridFS when its row fails (here: the owner changed state meanwhile). */
    @Test
    void rowThatCannotBeWrittenTakesItsGridFsFileWithIt() throws IOException {
        Path file = Files.createTempFile("evidence", ".pdf");
        Files.write(file, ("%PDF-1.4\n" + "x".repeat(600_000)).getBytes());
        long chunks = mongo.getCollection("evidence.chunks").countDocuments();
        long files = mongo.getCollection("evidence.files").countDocuments();

        ItakuException refused = assertThrows(ItakuException.class, () -> store.store(EvidenceFile.OwnerKind.CHECK,
                UUID.randomUUID(), UUID.randomUUID(), upload(file), () -> {
                    throw ItakuException.conflict("完了した検査記録は変更できません。");
                }));

        assertEquals(409, refused.status());
        assertEquals(chunks, mongo.getCollection("evidence.chunks").countDocuments());
        assertEquals(files, mongo.getCollection("evidence.files").countDocuments());
        Files.delete(file);
    }

    private static FileUpload upload(Path file) {
        return new FileUpload() {
            @Override
            public String name() {
                return "file";
            }

            @Override
            public Path filePath() {
                return file;
            }

            @Override
            public String fileName() {
                return "立入検査記録.pdf";
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String contentType() {
                return "application/pdf";
            }

            @Override
            public String charSet() {
                return null;
            }

            @Override
            public MultivaluedMap<String, String> getHeaders() {
                return new MultivaluedHashMap<>();
            }
        };
    }
}
