package jp.itaku.localstack.backup;

/**
 * Where the stores of one Itaku system are: the PostgreSQL database (connected to as a superuser, as pg_dump and
 * pg_restore need) and the MongoDB-protocol server's database.
 */
public record Stores(String pgHost, int pgPort, String pgSuperuser, String pgDatabase, String mongoUri,
                     String mongoDatabase) {

    /** The local stack of {@code ./itaku up}: embedded PostgreSQL 55432, MongoDB-protocol server 27027. */
    public static Stores local() {
        return new Stores("127.0.0.1", 55432, "postgres", "itaku", "mongodb://127.0.0.1:27027", "itaku");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + pgDatabase;
    }
}
