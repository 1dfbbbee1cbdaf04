package jp.itaku.inspection.evidence;

import jakarta.annotation.PostConstruct;
import jp.itaku.common.upload.ActivePdfContent;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Evidence files in GridFS with their row in PostgreSQL. Limits are checked before anything is written; the file
 * is written first and deleted again if its row cannot be committed, so a failure leaves no orphan chunks.
 */
@ApplicationScoped
public class EvidenceStore {

    @Inject
    ItakuClock clock;

    @Inject
    MongoDatabase database;

    @Inject
    EvidenceConfig config;

    @Inject
    Caller caller;

    private GridFSBucket bucket;

    @PostConstruct
    void openBucket() {
        bucket = GridFSBuckets.create(database, "evidence");
    }

    /**
     * Stores the upload for its owner. {@code guard} runs in the row's transaction and may refuse (the owner's
     * state changed meanwhile); the file is then removed again.
     */
    public EvidenceFile store(EvidenceFile.OwnerKind kind, UUID ownerId, UUID nodeId, FileUpload upload, Runnable guard) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ItakuException.invalid("file", "証拠ファイル（file）を添付してください。");
        }
        String fileName = upload.fileName() == null || upload.fileName().isBlank() ? "evidence" : upload.fileName().strip();
        jp.itaku.common.json.TextRules.requireStorable("file", "ファイル名", fileName, true);
        if (fileName.length() > 255) {
            throw ItakuException.invalid("file", "ファイル名は255文字以内にしてください。");
        }
        long size = upload.size();
        if (size == 0) {
            throw ItakuException.invalid("file", "空のファイルは登録できません。");
        }
        if (size > config.maxBytes()) {
            throw ItakuException.tooLarge("証拠ファイルは1件あたり" + megabytes(config.maxBytes()) + "以内にしてください（"
                    + fileName + " は " + megabytes(size) + "）。");
        }
        FileType type = FileType.detect(upload.uploadedFile())
                .orElseThrow(() -> ItakuException.unsupportedType("証拠ファイルとして登録できるのは JPEG・PNG の写真と PDF の文書のみです（"
                        + fileName + "）。"));
        if (type == FileType.PDF) {
            try {
                ActivePdfContent.refuseIfActive(fileName, Files.readAllBytes(upload.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        UUID id = UUID.randomUUID();
        ObjectId gridId;
        String sha256;
        try (InputStream in = Files.newInputStream(upload.uploadedFile());
             DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            gridId = bucket.uploadFromStream(fileName, digest, new GridFSUploadOptions()
                    .metadata(new Document("evidenceId", id.toString()).append("contentType", type.mediaType)));
            sha256 = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try {
            String sha = sha256;
            return QuarkusTransaction.requiringNew().call(() -> {
                guard.run();
                EvidenceFile file = new EvidenceFile();
                file.id = id;
                file.nodeId = nodeId;
                file.ownerKind = kind;
                file.ownerId = ownerId;
                file.fileName = fileName;
                file.contentType = type.mediaType;
                file.sizeBytes = size;
                file.sha256 = sha;
                file.gridfsId = gridId.toHexString();
                file.uploadedAt = clock.now();
                file.uploadedBy = caller.userName();
                file.contractor = caller.isContractor();
                file.persist();
                return file;
            });
        } catch (RuntimeException e) {
            bucket.delete(gridId);
            throw e;
        }
    }

    public void copyTo(EvidenceFile file, OutputStream out) {
        bucket.downloadToStream(new ObjectId(file.gridfsId), out);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0).replace(".0 MB", " MB");
    }
}
