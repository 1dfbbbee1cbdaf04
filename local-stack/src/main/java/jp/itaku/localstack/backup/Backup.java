package jp.itaku.localstack.backup;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.RawBsonDocumentCodec;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./itaku backup} / {@code ./itaku restore FILE}: one {@code .tar.gz} holding everything an agency's records
 * are, in the layout the k8s backup CronJob writes too (k8s/backup.yaml):
 *
 * <pre>
 * MANIFEST.tsv                 key, count, SHA-256 per table / sequence / collection ({@link Fingerprint})
 * postgres/itaku.dump          pg_dump --format=custom of database itaku (all service schemas, Flyway history)
 * mongo/itaku/NAME.bson        every collection of the Mongo database as concatenated BSON documents, the layout
 *                              of mongodump's directory output (GridFS bucket = NAME.files + NAME.chunks)
 * mongo/itaku/NAME.metadata.json  its indexes
 * </pre>
 *
 * PostgreSQL is dumped first, then Mongo: a file is always written before its row commits, so every row of the dump
 * finds its file. Restore replaces the whole database and every collection, then checks the result against the
 * manifest and fails loudly when anything differs. pg_dump / pg_restore come from the PostgreSQL client on PATH
 * (the embedded server ships only the server binaries); the client may be newer than the server.
 */
public final class Backup {

    static final String MANIFEST = "MANIFEST.tsv";
    static final String PG_DUMP = "postgres/itaku.dump";
    static final String MONGO_DIR = "mongo/itaku";

    private Backup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("create", "restore").contains(args[0])) {
            System.err.println("usage: Backup create|restore FILE.tar.gz");
            System.exit(2);
        }
        Stores stores = Stores.local();
        Path file = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("create")) {
            Map<String, String> fp = create(stores, file);
            System.out.println("バックアップ完了 (backup written): " + file + " — " + summary(fp));
        } else {
            Map<String, String> fp = restore(stores, file);
            System.out.println("復元完了 (restored and verified against the manifest): " + file + " — " + summary(fp));
        }
    }

    static String summary(Map<String, String> fp) {
        long tables = fp.keySet().stream().filter(k -> k.startsWith("pg:")).count();
        long rows = fp.entrySet().stream().filter(e -> e.getKey().startsWith("pg:"))
                .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
        long collections = fp.keySet().stream().filter(k -> k.startsWith("mongo:")).count();
        long docs = fp.entrySet().stream().filter(e -> e.getKey().startsWith("mongo:"))
                .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum();
        return tables + " tables / " + rows + " rows, " + collections + " collections / " + docs + " documents";
    }

    public static Map<String, String> create(Stores stores, Path archive) throws Exception {
        Path work = Files.createTempDirectory("itaku-backup");
        try (MongoClient mongo = client(stores)) {
            Map<String, String> fingerprint = Fingerprint.of(stores, mongo);
            Files.createDirectories(work.resolve("postgres"));
            run(List.of("pg_dump", "--host=" + stores.pgHost(), "--port=" + stores.pgPort(),
                    "--username=" + stores.pgSuperuser(), "--dbname=" + stores.pgDatabase(), "--format=custom",
                    "--file=" + work.resolve(PG_DUMP)));
            dumpMongo(mongo.getDatabase(stores.mongoDatabase()), work.resolve(MONGO_DIR));
            writeManifest(work.resolve(MANIFEST), fingerprint, TOKYO_CLOCK);
            Files.createDirectories(archive.toAbsolutePath().getParent());
            run(List.of("tar", "-czf", archive.toString(), "-C", work.toString(), MANIFEST, "postgres", "mongo"));
            return fingerprint;
        } finally {
            deleteTree(work);
        }
    }

    public static Map<String, String> restore(Stores stores, Path archive) throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("バックアップファイルがありません (no such file): " + archive);
        }
        Path work = Files.createTempDirectory("itaku-restore");
        try (MongoClient mongo = client(stores)) {
            run(List.of("tar", "-xzf", archive.toString(), "-C", work.toString()));
            Map<String, String> expected = readManifest(work.resolve(MANIFEST));
            dropApplicationSchemas(stores);
            run(List.of("pg_restore", "--host=" + stores.pgHost(), "--port=" + stores.pgPort(),
                    "--username=" + stores.pgSuperuser(), "--dbname=" + stores.pgDatabase(), "--exit-on-error",
                    "--single-transaction", work.resolve(PG_DUMP).toString()));
            restoreMongo(mongo.getDatabase(stores.mongoDatabase()), work.resolve(MONGO_DIR));
            Map<String, String> actual = Fingerprint.of(stores, mongo);
            if (expected.isEmpty()) {
                System.out.println("注意 (note): この保存ファイルのマニフェストには照合値がありません (k8s CronJob の形式): "
                        + "復元結果は照合していません (manifest without fingerprints: restore not verified)");
                return actual;
            }
            if (!actual.equals(expected)) {
                List<String> diff = new ArrayList<>();
                for (String key : union(expected, actual)) {
                    if (!String.valueOf(expected.get(key)).equals(String.valueOf(actual.get(key)))) {
                        diff.add(key + ": expected " + expected.get(key) + ", restored " + actual.get(key));
                    }
                }
                throw new IllegalStateException("復元結果がバックアップと一致しません (restored data differs): " + diff);
            }
            return actual;
        } finally {
            deleteTree(work);
        }
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    /** The backup is the whole database: schemas that are not in it must not survive the restore either. */
    private static void dropApplicationSchemas(Stores stores) throws SQLException {
        try (Connection c = DriverManager.getConnection(stores.jdbcUrl(), stores.pgSuperuser(), "");
             Statement s = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select nspname from pg_namespace where nspname not in "
                    + Fingerprint.SYSTEM_SCHEMAS + " and nspname not like 'pg_%' and nspname <> 'public'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                s.execute("drop schema " + Fingerprint.quote(schema) + " cascade");
            }
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public"); // pg_dump expects it to exist
        }
    }

    static void dumpMongo(MongoDatabase db, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        db.listCollectionNames().into(names);
        for (String name : names) {
            MongoCollection<RawBsonDocument> collection = db.getCollection(name, RawBsonDocument.class);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".bson")))) {
                for (RawBsonDocument d : collection.find()) {
                    ByteBuffer bytes = d.getByteBuffer().asNIO();
                    byte[] b = new byte[bytes.remaining()];
                    bytes.get(b);
                    out.write(b);
                }
            }
            List<String> indexes = new ArrayList<>();
            for (Document index : db.getCollection(name).listIndexes()) {
                indexes.add(index.toJson());
            }
            Files.writeString(dir.resolve(name + ".metadata.json"),
                    "{\"collectionName\":\"" + name + "\",\"indexes\":[" + String.join(",", indexes) + "]}",
                    StandardCharsets.UTF_8);
        }
    }

    static void restoreMongo(MongoDatabase db, Path dir) throws IOException {
        List<String> existing = new ArrayList<>();
        db.listCollectionNames().into(existing);
        for (String name : existing) {
            db.getCollection(name).drop();
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".bson")).sorted().toList();
        }
        RawBsonDocumentCodec codec = new RawBsonDocumentCodec();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.bson$", "");
            db.createCollection(name);
            MongoCollection<RawBsonDocument> collection = db.getCollection(name, RawBsonDocument.class);
            Path metadata = dir.resolve(name + ".metadata.json");
            if (Files.exists(metadata)) {
                Document meta = Document.parse(Files.readString(metadata, StandardCharsets.UTF_8));
                for (Document index : meta.getList("indexes", Document.class, List.of())) {
                    if (!"_id_".equals(index.getString("name"))) {
                        com.mongodb.client.model.IndexOptions options = new com.mongodb.client.model.IndexOptions()
                                .name(index.getString("name")).unique(Boolean.TRUE.equals(index.getBoolean("unique")));
                        db.getCollection(name).createIndex(index.get("key", Document.class), options);
                    }
                }
            }
            List<RawBsonDocument> batch = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                byte[] doc;
                while ((doc = next(in)) != null) {
                    batch.add(codec.decode(new BsonBinaryReader(ByteBuffer.wrap(doc)), DecoderContext.builder().build()));
                    if (batch.size() == 500) {
                        collection.insertMany(batch);
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch);
            }
        }
    }

    /** One BSON document: a little-endian int32 length (including itself), then the rest. */
    private static byte[] next(DataInputStream in) throws IOException {
        byte[] length = new byte[4];
        int first = in.read(length, 0, 4);
        if (first <= 0) {
            return null;
        }
        if (first < 4) {
            in.readFully(length, first, 4 - first);
        }
        int size = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (size < 5 || size > 64 * 1024 * 1024) {
            throw new EOFException("broken BSON document (length " + size + ")");
        }
        byte[] doc = new byte[size];
        System.arraycopy(length, 0, doc, 0, 4);
        in.readFully(doc, 4, size - 4);
        return doc;
    }

    /** The backup's time stamp in Asia/Tokyo, like every time Itaku writes (local-stack runs outside CDI). */
    static final java.time.Clock TOKYO_CLOCK = java.time.Clock.system(java.time.ZoneId.of("Asia/Tokyo"));

    static void writeManifest(Path file, Map<String, String> fingerprint, java.time.Clock clock) throws IOException {
        StringBuilder b = new StringBuilder("# Itaku backup " + OffsetDateTime.now(clock) + "\n# key\tcount\tsha256\n");
        fingerprint.forEach((k, v) -> b.append(k).append('\t').append(v.replace(' ', '\t')).append('\n'));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static Map<String, String> readManifest(Path file) throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            result.put(parts[0], parts[1] + " " + parts[2]);
        }
        return result;
    }

    private static MongoClient client(Stores stores) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(stores.mongoUri()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(10, TimeUnit.SECONDS)).build());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + "): " + output.strip());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
