package jp.itaku.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The stores of a local run ({@code ./itaku up}), in one JVM: an embedded real PostgreSQL (zonky) and an in-process
 * MongoDB wire-protocol server with a file-backed H2 store. Either is skipped when {@code ITAKU_DB_URL} /
 * {@code ITAKU_MONGO_URI} names a real server. Data lives under {@code .itaku/} and survives restarts.
 * Not used in production or in tests.
 */
public final class LocalStack {

    static final int PG_PORT = 55432;
    static final int MONGO_PORT = 27027;
    static final String HOST = "127.0.0.1";
    static final String DB_NAME = "itaku";
    static final String DB_USER = "itaku";
    static final String DB_PASSWORD = "itaku";

    private final Path home;
    private volatile EmbeddedPostgres postgres;
    private volatile MongoServer mongo;

    LocalStack(Path home) {
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("itaku.home", ".itaku")).toAbsolutePath().normalize();
        Files.createDirectories(home);
        LocalStack stack = new LocalStack(home);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start(System.getenv());
        } catch (Exception e) {
            log("起動に失敗しました (start failed): " + e);
            e.printStackTrace();
            System.exit(1);
        }
        log("READY");
        if (stack.mongo != null) {
            stack.watchMongoOutageSwitch(home.resolve("run").resolve("mongo.stopped"));
        }
        stopped.await();
    }

    void start(Map<String, String> env) throws Exception {
        if (isSet(env.get("ITAKU_DB_URL"))) {
            log("ITAKU_DB_URL が設定されているため組み込み PostgreSQL は起動しません (ITAKU_DB_URL set: embedded PostgreSQL skipped)");
        } else {
            startPostgres();
        }
        if (isSet(env.get("ITAKU_MONGO_URI"))) {
            log("ITAKU_MONGO_URI が設定されているため MongoDB 互換サーバは起動しません (ITAKU_MONGO_URI set: MongoDB-protocol server skipped)");
        } else {
            startMongo();
        }
    }

    private void startPostgres() throws IOException, SQLException {
        requireFreePort(PG_PORT, "embedded PostgreSQL");
        Path dataDir = home.resolve("pgdata");
        Files.createDirectories(dataDir);
        long t0 = System.nanoTime();
        postgres = EmbeddedPostgres.builder()
                .setPort(PG_PORT)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(home.resolve("pg-bin").toFile())
                .setServerConfig("listen_addresses", HOST)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "32MB")
                .setServerConfig("timezone", "Asia/Tokyo")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        ensureDatabase();
        log("PostgreSQL ready on " + HOST + ":" + PG_PORT + " (data " + dataDir + ", database " + DB_NAME
                + ", user " + DB_USER + ") in " + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms");
    }

    /** Creates role and database {@code itaku} when missing; each service creates its own schema (Flyway). */
    private void ensureDatabase() throws SQLException {
        String adminUrl = "jdbc:postgresql://" + HOST + ":" + PG_PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "")) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", DB_USER)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'");
                }
                log("role " + DB_USER + " created");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DB_NAME)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + DB_NAME + " OWNER " + DB_USER + " ENCODING 'UTF8' TEMPLATE template0");
                }
                log("database " + DB_NAME + " created");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void startMongo() throws IOException {
        requireFreePort(MONGO_PORT, "MongoDB-protocol server");
        Path file = home.resolve("mongo.mv");
        mongo = new MongoServer(new H2Backend(file.toString()));
        mongo.bind(HOST, MONGO_PORT);
        log("MongoDB-protocol server ready on " + HOST + ":" + MONGO_PORT + " (H2 file " + file + ")");
    }

    /**
     * For {@code ./itaku chaos} only: while the file exists the MongoDB-protocol server is shut down (its port
     * closed, its H2 store committed), when it is removed the server starts again on the same port and data.
     * PostgreSQL can be restarted on its own with pg_ctl; Mongo runs in this JVM, hence the switch.
     */
    void watchMongoOutageSwitch(Path switchFile) {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(200);
                    boolean wanted = !Files.exists(switchFile);
                    synchronized (this) {
                        if (!wanted && mongo != null) {
                            mongo.shutdownNow();
                            mongo = null;
                            log("MongoDB-protocol server stopped by " + switchFile + " (chaos)");
                        } else if (wanted && mongo == null && !stopping) {
                            startMongo();
                            log("MongoDB-protocol server started again (chaos switch removed)");
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    log("MongoDB outage switch: " + e);
                }
            }
        }, "mongo-outage-switch");
        t.setDaemon(true);
        t.start();
    }

    private volatile boolean stopping;

    synchronized void stop() {
        stopping = true;
        if (mongo != null) {
            try {
                mongo.shutdown(); // closes the H2 backend, which commits the store
                log("MongoDB-protocol server stopped");
            } catch (RuntimeException e) {
                log("MongoDB-protocol server stop failed: " + e);
            }
            mongo = null;
        }
        if (postgres != null) {
            try {
                postgres.close(); // pg_ctl stop (fast shutdown)
                log("PostgreSQL stopped");
            } catch (IOException | RuntimeException e) {
                log("PostgreSQL stop failed: " + e);
            }
            postgres = null;
        }
    }

    private static void requireFreePort(int port, String what) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(HOST, port));
        } catch (IOException e) {
            throw new IOException("ポート " + port + " は使用中です (port " + port + " already in use; wanted by " + what + ")", e);
        }
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }

    static void log(String message) {
        System.out.println("[local-stack] " + message);
        System.out.flush();
    }
}
