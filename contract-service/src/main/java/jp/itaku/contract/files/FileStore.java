package jp.itaku.contract.files;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import jp.itaku.common.upload.ActivePdfContent;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.problem.ItakuException;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

/**
 * Original files (drafts, written confirmations, erasure certificates) in MongoDB GridFS. The SQL row that points
 * at a file is written after it; callers delete the file again when that row cannot be written.
 */
@ApplicationScoped
public class FileStore {

    private static final String BUCKET = "contract_files";

    @Inject
    MongoDatabase database;

    private volatile GridFSBucket bucket;

    /** Stores an original; a PDF with JavaScript or embedded files is refused (422) before anything is written. */
    public String put(String tenant, String purpose, UUID ownerId, String fileName, String contentType, byte[] content) {
        ActivePdfContent.refuseIfActive(fileName, content);
        Document metadata = new Document("tenant", tenant).append("purpose", purpose)
                .append("owner", ownerId.toString()).append("contentType", contentType);
        ObjectId id = bucket().uploadFromStream(fileName, new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(metadata));
        return id.toHexString();
    }

    /** The file's bytes; the tenant stored with it must match, so a wrong id never leaks another agency's file. */
    public byte[] get(String tenant, String fileId) {
        ObjectId id = new ObjectId(fileId);
        if (bucket().find(new Document("_id", id).append("metadata.tenant", tenant)).first() == null) {
            throw ItakuException.notFound("ファイル");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket().downloadToStream(id, out);
        return out.toByteArray();
    }

    public void delete(String fileId) {
        bucket().delete(new ObjectId(fileId));
    }

    public long count(String purpose, UUID ownerId) {
        return database.getCollection(BUCKET + ".files")
                .countDocuments(new Document("metadata.purpose", purpose).append("metadata.owner", ownerId.toString()));
    }

    private GridFSBucket bucket() {
        if (bucket == null) {
            bucket = GridFSBuckets.create(database, BUCKET);
        }
        return bucket;
    }
}
