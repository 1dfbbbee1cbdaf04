package jp.itaku.common.testing;

import com.mongodb.client.MongoDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Row counts of every table of a service's schema and document counts of every collection (GridFS buckets included)
 * of its Mongo database: a refused request must leave both exactly as they were (no partial write).
 */
public final class StoreCounts {

    /**
     * Tables that legitimately change while a request is refused or in the background: Flyway's history, access
     * records (a refused request is still an access that is recorded), outbox delivery bookkeeping.
     */
    static final Pattern NOT_DOMAIN_DATA = Pattern.compile("flyway.*|.*access.*|.*audit.*|.*outbox.*");

    private final DataSource dataSource;
    private final String schema;
    private final MongoDatabase mongo;
    private String countQuery;

    public StoreCounts(DataSource dataSource, String schema, MongoDatabase mongo) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.mongo = mongo;
    }

    /** "table" / "mongo:collection" → count. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (countQuery == null) {
                countQuery = buildQuery(c);
            }
            if (!countQuery.isEmpty()) {
                try (ResultSet rs = s.executeQuery(countQuery)) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (mongo != null) {
            MongoDatabase db = mongo;
            for (String name : db.listCollectionNames()) {
                counts.put("mongo:" + name, db.getCollection(name).countDocuments());
            }
        }
        return counts;
    }

    private String buildQuery(Connection c) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (var ps = c.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type = 'BASE TABLE' order by table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (!NOT_DOMAIN_DATA.matcher(t).matches()) {
                        parts.add("select '" + t + "', count(*) from \"" + schema + "\".\"" + t + "\"");
                    }
                }
            }
        }
        return String.join(" union all ", parts);
    }
}
