package jp.itaku.localstack.backup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backups that restore (issue 18): a system with data is backed up, the archive is restored into a second, empty
 * system (its own embedded PostgreSQL and MongoDB-protocol server), and every table, sequence, collection and file
 * is compared. Uses the PostgreSQL client's pg_dump/pg_restore, like {@code ./itaku backup}.
 */
class BackupRestoreTest {

    static EmbeddedPostgres sourcePg;
    static EmbeddedPostgres targetPg;
    static MongoServer sourceMongo;
    static MongoServer targetMongo;
    static Stores source;
    static Stores target;

    @BeforeAll
    static void systems() throws Exception {
        sourcePg = EmbeddedPostgres.builder().start();
        targetPg = EmbeddedPostgres.builder().start();
        sourceMongo = new MongoServer(new MemoryBackend());
        targetMongo = new MongoServer(new MemoryBackend());
        source = stores(sourcePg, sourceMongo.bind());
        target = stores(targetPg, targetMongo.bind());
    }

    static Stores stores(EmbeddedPostgres pg, InetSocketAddress mongo) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("create role itaku login password 'itaku'");
            s.execute("create database itaku owner itaku encoding 'UTF8' template template0");
        }
        return new Stores("127.0.0.1", pg.getPort(), "postgres", "itaku",
                "mongodb://127.0.0.1:" + mongo.getPort(), "itaku");
    }

    @AfterAll
    static void stop() throws Exception {
        sourceMongo.shutdownNow();
        targetMongo.shutdownNow();
        sourcePg.close();
        targetPg.close();
    }

    /** Tables like the services' (two schemas, Japanese text, bytea, jsonb, timestamps, FK, sequence, Flyway). */
    static void fill(Stores stores) throws Exception {
        try (Connection c = DriverManager.getConnection(stores.jdbcUrl(), "itaku", "itaku");
             Statement s = c.createStatement()) {
            s.execute("create schema contract");
            s.execute("create schema inspection");
            s.execute("create table contract.flyway_schema_history (installed_rank int primary key, version text, script text)");
            s.execute("insert into contract.flyway_schema_history values (1, '1', 'V1__init.sql'), (2, '2', 'V2__drafts.sql')");
            s.execute("create table contract.contractor (id uuid primary key, tenant_id text not null, name text not null,"
                    + " created_at timestamptz not null, note text)");
            s.execute("create table contract.draft (id bigserial primary key, contractor_id uuid references contract.contractor,"
                    + " gridfs_id text, sha256 bytea, report jsonb)");
            s.execute("create table inspection.plan_entry (id uuid primary key, due_on date, state text)");
            try (PreparedStatement ps = c.prepareStatement("insert into contract.contractor values (?::uuid, ?, ?, ?::timestamptz, ?)")) {
                for (int i = 0; i < 300; i++) {
                    ps.setString(1, new java.util.UUID(7, i).toString());
                    ps.setString(2, i % 2 == 0 ? "demo-sho" : "demo-kikou");
                    ps.setString(3, "株式会社𠮷野家情報処理ｾﾝﾀｰ 第" + i + "号 😀");
                    ps.setString(4, "2026-12-01T10:00:00.123456+09:00");
                    ps.setString(5, i % 3 == 0 ? null : "一行目\n二行目\t'引用' \"二重\" \\ 終");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            s.execute("insert into contract.draft (contractor_id, gridfs_id, sha256, report) "
                    + "select id, md5(id::text), decode(md5(name), 'hex'), jsonb_build_object('名前', name, 'n', 1) "
                    + "from contract.contractor");
            s.execute("insert into inspection.plan_entry select id, date '2027-01-04', 'DUE' from contract.contractor");
        }
    }

    @Test
    void backupRestoredIntoAnEmptySystemHoldsEveryRowSequenceDocumentAndFileUnchanged(@TempDir Path dir) throws Exception {
        fill(source);
        byte[] big = new byte[700_000];            // several GridFS chunks
        new Random(18).nextBytes(big);
        ObjectId bigId;
        ObjectId textId;
        try (MongoClient mongo = MongoClients.create(source.mongoUri())) {
            MongoDatabase db = mongo.getDatabase("itaku");
            GridFSBucket drafts = GridFSBuckets.create(db, "drafts");
            bigId = drafts.uploadFromStream("契約書案 第1版.pdf", new ByteArrayInputStream(big));
            textId = GridFSBuckets.create(db, "evidence").uploadFromStream("写真.png",
                    new ByteArrayInputStream("証拠\u0000bytes".getBytes(StandardCharsets.UTF_8)));
            db.getCollection("access_records").createIndex(new Document("at", 1), new IndexOptions().name("at_1"));
            db.getCollection("access_records").insertOne(new Document("who", "sho-officer").append("what", "閲覧")
                    .append("at", new java.util.Date(1764550000000L)));
        }

        Path archive = dir.resolve("itaku-backup.tar.gz");
        Map<String, String> before = Backup.create(source, archive);
        assertTrue(Files.size(archive) > 100_000, "the archive holds the files");
        assertEquals("300", before.get("pg:contract.contractor").split(" ")[0]);
        assertEquals("300 true", before.get("pg-seq:contract.draft_id_seq"));
        assertTrue(before.containsKey("mongo:drafts.chunks") && before.containsKey("mongo:evidence.files"));

        Map<String, String> restored = Backup.restore(target, archive);
        assertEquals(before, restored);

        try (MongoClient mongo = MongoClients.create(target.mongoUri())) {
            MongoDatabase db = mongo.getDatabase("itaku");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GridFSBuckets.create(db, "drafts").downloadToStream(bigId, out);
            assertArrayEquals(big, out.toByteArray());
            out.reset();
            GridFSBuckets.create(db, "evidence").downloadToStream(textId, out);
            assertEquals("証拠\u0000bytes", out.toString(StandardCharsets.UTF_8));
        }
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), "itaku", "itaku");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select name, note from contract.contractor where id = '"
                    + new java.util.UUID(7, 1) + "'");
            rs.next();
            assertEquals("株式会社𠮷野家情報処理ｾﾝﾀｰ 第1号 😀", rs.getString(1));
            assertEquals("一行目\n二行目\t'引用' \"二重\" \\ 終", rs.getString(2));
            // the restored objects belong to the service role, which can keep writing
            s.execute("insert into contract.draft (contractor_id) values (null)");
        }
    }

    @Test
    void brokenArchiveIsRefusedBeforeAnythingIsDroppedAndFingerprintsSeeEveryChange(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            MongoServer server = new MongoServer(new MemoryBackend());
            Stores other = stores(pg, server.bind());
            try (Connection c = DriverManager.getConnection(other.jdbcUrl(), "itaku", "itaku");
                 Statement s = c.createStatement();
                 MongoClient mongo = MongoClients.create(other.mongoUri())) {
                s.execute("create schema stale");
                s.execute("create table stale.t (x int)");
                s.execute("insert into stale.t values (1)");
                mongo.getDatabase("itaku").getCollection("leftover").insertOne(new Document("x", 1));
                Map<String, String> held = Fingerprint.of(other, mongo);

                Path broken = Files.write(dir.resolve("broken.tar.gz"), new byte[] {31, -117, 8, 0, 1, 2, 3});
                assertThrows(Exception.class, () -> Backup.restore(other, broken));
                assertEquals(held, Fingerprint.of(other, mongo), "a refused archive changes nothing");

                s.execute("update stale.t set x = 2");
                assertNotEquals(held, Fingerprint.of(other, mongo), "a changed value changes the fingerprint");
            } finally {
                server.shutdownNow();
            }
        }
    }
}
