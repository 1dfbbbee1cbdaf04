package jp.itaku.contract.files;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files are written before their rows (FileStore): a process killed between the two (SIGKILL, power loss) leaves a
 * GridFS file that no row names, or chunks without their file document when it died mid-upload. This removes them
 * once they are older than a grace period (an upload in flight is younger), at start and then periodically, so that
 * "no file without its row" holds after any crash (issue 18, chaos scenario contract-service SIGKILL).
 */
@ApplicationScoped
public class OrphanFileSweeper {

    private static final Logger LOG = Logger.getLogger(OrphanFileSweeper.class);

    /** Which rows name a file of each purpose (FileStore metadata.purpose → SQL giving the referenced file ids). */
    static final Map<String, String> REFERENCES = Map.of(
            "contract-draft", "select file_id from contract.contract_draft",
            "written-confirmation", "select attachment_file_id from contract.written_confirmation where attachment_file_id is not null",
            "erasure-certificate", "select file_id from contract.erasure_certificate");

    static final String BUCKET = "contract_files";

    @Inject
    MongoDatabase database;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ItakuClock clock;

    @ConfigProperty(name = "itaku.files.orphan-grace", defaultValue = "PT10M")
    Duration grace;

    void atStart(@Observes StartupEvent event) {
        Thread sweeper = new Thread(this::sweepQuietly, "orphan-file-sweep");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    @Scheduled(every = "${itaku.files.orphan-sweep-every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        sweepQuietly();
    }

    void sweepQuietly() {
        try {
            int removed = sweep();
            if (removed > 0) {
                LOG.infof("removed %d orphaned GridFS file(s) older than %s", removed, grace);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("orphan file sweep skipped: %s", e.toString());
        }
    }

    public int sweep() throws SQLException {
        return sweep(clock.instant().minus(grace));
    }

    /** Removes orphaned files and chunks older than {@code before}; answers how many files (or chunk sets). */
    public synchronized int sweep(java.time.Instant before) throws SQLException {
        Date cutoff = Date.from(before);
        MongoCollection<Document> files = database.getCollection(BUCKET + ".files");
        MongoCollection<Document> chunks = database.getCollection(BUCKET + ".chunks");
        Set<String> referenced = referenced();
        int removed = 0;
        for (Document f : files.find(new Document("uploadDate", new Document("$lt", cutoff)))) {
            Document metadata = f.get("metadata", Document.class);
            String purpose = metadata == null ? null : metadata.getString("purpose");
            if (purpose == null || !REFERENCES.containsKey(purpose)) {
                continue; // not ours to judge
            }
            ObjectId id = f.getObjectId("_id");
            if (!referenced.contains(id.toHexString())) {
                chunks.deleteMany(new Document("files_id", id));
                files.deleteOne(new Document("_id", id));
                removed++;
            }
        }
        // chunks of an upload that died before its file document was written; the id's time is its start
        Set<ObjectId> withFile = new HashSet<>();
        files.find().projection(new Document("_id", 1)).forEach(d -> withFile.add(d.getObjectId("_id")));
        Set<ObjectId> chunkOwners = new HashSet<>();
        chunks.distinct("files_id", ObjectId.class).into(chunkOwners);
        for (ObjectId owner : chunkOwners) {
            if (!withFile.contains(owner) && owner.getDate().before(cutoff)) {
                chunks.deleteMany(new Document("files_id", owner));
                removed++;
            }
        }
        return removed;
    }

    private Set<String> referenced() throws SQLException {
        Set<String> ids = new HashSet<>();
        List<String> queries = new ArrayList<>(REFERENCES.values());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String q : queries) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }
}
