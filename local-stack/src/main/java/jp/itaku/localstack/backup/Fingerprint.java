package jp.itaku.localstack.backup;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.RawBsonDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup must bring back, store by store: for every table of every application schema its row count and a
 * SHA-256 over all rows (each row as PostgreSQL's text form, sorted), every sequence's position, and for every
 * Mongo collection (GridFS buckets are two collections each) its document count and a SHA-256 over the documents'
 * exact BSON bytes (sorted). Two systems hold the same data exactly when their fingerprints are equal.
 */
public final class Fingerprint {

    /** Schemas that belong to PostgreSQL itself, not to Itaku. */
    static final String SYSTEM_SCHEMAS = "('pg_catalog', 'information_schema', 'pg_toast')";

    private Fingerprint() {
    }

    /** "pg:schema.table" / "pg-seq:schema.sequence" / "mongo:collection" → "count sha256". Sorted. */
    public static Map<String, String> of(Stores stores, MongoClient mongo) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(stores.jdbcUrl(), stores.pgSuperuser(), "")) {
            result.putAll(postgres(c));
        }
        result.putAll(mongo(mongo.getDatabase(stores.mongoDatabase())));
        return result;
    }

    static Map<String, String> postgres(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        List<String[]> tables = new ArrayList<>();
        List<String[]> sequences = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select n.nspname, c.relname, c.relkind from pg_class c "
                     + "join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'S', 'p') "
                     + "and n.nspname not in " + SYSTEM_SCHEMAS + " and n.nspname not like 'pg_temp%' "
                     + "and n.nspname not like 'pg_toast%' order by 1, 2")) {
            while (rs.next()) {
                (rs.getString(3).equals("S") ? sequences : tables).add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] t : tables) {
            String name = quote(t[0]) + "." + quote(t[1]);
            MessageDigest digest = sha256();
            long rows = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select x::text from " + name + " x order by x::text collate \"C\"")) {
                while (rs.next()) {
                    digest.update(rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                    rows++;
                }
            }
            result.put("pg:" + t[0] + "." + t[1], rows + " " + HexFormat.of().formatHex(digest.digest()));
        }
        for (String[] q : sequences) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select last_value, is_called from " + quote(q[0]) + "." + quote(q[1]))) {
                rs.next();
                result.put("pg-seq:" + q[0] + "." + q[1], rs.getLong(1) + " " + rs.getBoolean(2));
            }
        }
        return result;
    }

    static Map<String, String> mongo(MongoDatabase db) {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        db.listCollectionNames().into(names);
        names.sort(null);
        for (String name : names) {
            List<String> docs = new ArrayList<>();
            for (RawBsonDocument d : db.getCollection(name, RawBsonDocument.class).find()) {
                byte[] bytes = new byte[d.getByteBuffer().remaining()];
                d.getByteBuffer().get(bytes);
                docs.add(HexFormat.of().formatHex(bytes));
            }
            docs.sort(null);
            MessageDigest digest = sha256();
            docs.forEach(hex -> digest.update(hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            result.put("mongo:" + name, docs.size() + " " + HexFormat.of().formatHex(digest.digest()));
        }
        return result;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
