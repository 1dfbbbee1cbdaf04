package jp.itaku.e2e.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What every chaos scenario shares: where the system is, how to hurt it, how to look into its stores. */
final class Chaos {

    static final String ROOT = System.getProperty("chaos.root", "..");
    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String CONTRACTS = "http://127.0.0.1:8081";
    static final String INSPECTIONS = "http://127.0.0.1:8082";
    static final String PROVISIONS = "http://127.0.0.1:8083";
    static final String REALM = "http://127.0.0.1:8180/realms/itaku";
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:55432/itaku";
    static final String MONGO_URI = "mongodb://127.0.0.1:27027";

    /** Counters of the closing line; a scenario passes when all are 0 and its own checks hold. */
    static final class Tally {
        long lost;
        long duplicated;
        long orphans;
        long halfWritten;
        long fiveXxOutsideOutage;
        final List<String> problems = new ArrayList<>();

        boolean clean() {
            return lost == 0 && duplicated == 0 && orphans == 0 && halfWritten == 0 && fiveXxOutsideOutage == 0
                    && problems.isEmpty();
        }

        void add(Tally o) {
            lost += o.lost;
            duplicated += o.duplicated;
            orphans += o.orphans;
            halfWritten += o.halfWritten;
            fiveXxOutsideOutage += o.fiveXxOutsideOutage;
        }

        void problem(String p) {
            if (problems.size() < 20) {
                problems.add(p);
            } else if (problems.size() == 20) {
                problems.add("…");
            }
        }

        @Override
        public String toString() {
            return "lost=" + lost + " duplicated=" + duplicated + " orphans=" + orphans + " half-written=" + halfWritten
                    + " 5xx-outside-outage=" + fiveXxOutsideOutage + (problems.isEmpty() ? "" : " problems=" + problems);
        }
    }

    private Chaos() {
    }

    /** {@code ./itaku chaos-ctl ACTION [NAME]}: stop/kill/start a component, restart PostgreSQL, stop/start Mongo. */
    static void ctl(String... args) {
        ctl(Map.of(), args);
    }

    static void ctl(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT + "/itaku", "chaos-ctl"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(Path.of(ROOT).toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("chaos-ctl " + String.join(" ", args) + " failed:\n" + out);
            }
            log("  chaos-ctl " + String.join(" ", args) + ": " + out.strip().replace('\n', ' '));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String pid(String component) {
        try {
            return Files.readString(Path.of(ROOT, ".itaku", "run", component + ".pid")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(PG_URL, "postgres", "");
    }

    static <T> List<T> parallel(int threads, List<Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static void log(String message) {
        System.out.println("[chaos] " + message);
        System.out.flush();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
