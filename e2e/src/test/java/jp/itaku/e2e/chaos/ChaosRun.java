package jp.itaku.e2e.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./itaku chaos} (issue 18): faults against the running local system, each checked in the stores afterwards.
 * Not part of the e2e suite (its name does not end in Test); run by {@code ./itaku chaos}. Counts are bounded and can
 * be lowered with -Dchaos.engagements / -Dchaos.uploads.
 */
class ChaosRun {

    static final int ENGAGEMENTS = Integer.getInteger("chaos.engagements", 1000);
    static final int UPLOADS = Integer.getInteger("chaos.uploads", 200);
    static final int THREADS = Integer.getInteger("chaos.threads", 8);
    static final long DELIVERY_TIMEOUT_MS = Long.getLong("chaos.delivery-timeout-s", 900) * 1000;

    record Result(String name, boolean passed, Chaos.Tally tally) {
    }

    private Contracts contracts;
    private String inspector;

    private void freshTokens() {
        contracts = new Contracts(Http.passwordGrant(Chaos.REALM, "sho-officer", "itaku-demo"),
                Http.passwordGrant(Chaos.REALM, "sho-manager", "itaku-demo"));
        inspector = Http.passwordGrant(Chaos.REALM, "sho-inspector", "itaku-demo");
    }

    @Test
    void chaos() throws Exception {
        Map<String, Supplier<Chaos.Tally>> scenarios = new LinkedHashMap<>();
        scenarios.put("inspection-service stopped during " + ENGAGEMENTS + " approvals and ends", this::inspectionStopped);
        scenarios.put("contract-service SIGKILL during " + UPLOADS + " concurrent draft uploads", this::contractKilled);
        scenarios.put("PostgreSQL restarted under load", this::postgresRestarted);
        scenarios.put("MongoDB-protocol server stopped", this::mongoStopped);
        scenarios.put("Keycloak stopped", this::keycloakStopped);
        String only = System.getProperty("chaos.only", "");

        List<Result> results = new ArrayList<>();
        Chaos.Tally total = new Chaos.Tally();
        for (Map.Entry<String, Supplier<Chaos.Tally>> s : scenarios.entrySet()) {
            if (!only.isBlank() && Arrays.stream(only.toLowerCase().split(","))
                    .noneMatch(word -> s.getKey().toLowerCase().contains(word.strip()))) {
                continue;
            }
            Chaos.log("=== " + s.getKey());
            long t0 = System.nanoTime();
            Chaos.Tally t;
            try {
                freshTokens();
                t = s.getValue().get();
            } catch (RuntimeException e) {
                t = new Chaos.Tally();
                t.problem("scenario aborted: " + e);
                e.printStackTrace(System.out);
            }
            boolean passed = t.clean();
            Chaos.log((passed ? "PASSED " : "FAILED ") + s.getKey() + " in " + (System.nanoTime() - t0) / 1_000_000_000
                    + " s — " + t);
            results.add(new Result(s.getKey(), passed, t));
            total.add(t);
        }
        long passed = results.stream().filter(Result::passed).count();
        String line = "chaos scenarios=" + results.size() + " passed=" + passed + " lost=" + total.lost + " duplicated="
                + total.duplicated + " orphans=" + total.orphans + " half-written=" + total.halfWritten
                + " 5xx-outside-outage=" + total.fiveXxOutsideOutage;
        StringBuilder report = new StringBuilder();
        results.forEach(r -> report.append(r.passed() ? "PASSED " : "FAILED ").append(r.name()).append(" — ")
                .append(r.tally()).append('\n'));
        report.append(line).append('\n');
        Files.writeString(Path.of(Chaos.ROOT, ".itaku", "chaos-result.txt"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(passed == results.size() && total.clean(), line);
    }

    // ------------------------------------------------------------------ 1
    /** Approvals and ends while inspection-service is down: after its restart each event has its effect exactly once. */
    Chaos.Tally inspectionStopped() {
        Chaos.Tally t = new Chaos.Tally();
        String contractor = contracts.contractor();
        List<String> ids = Chaos.parallel(THREADS, repeat(ENGAGEMENTS, () -> {
            String id = contracts.engagement(contractor);
            contracts.toReview(id);
            return id;
        }));
        List<Map<String, String>> exceptions = contracts.exceptions(ids.get(0));
        Chaos.log(ids.size() + " engagements under review; stopping inspection-service");
        Chaos.ctl("stop", "inspection-service");
        AtomicInteger failures = new AtomicInteger();
        Chaos.parallel(THREADS, ids.stream().<Callable<Void>>map(id -> () -> {
            for (Http.Answer a : List.of(contracts.approve(id, exceptions), contracts.transition(id, "IN_PROGRESS"),
                    contracts.erasureCertificate(id), contracts.transition(id, "ENDED"))) {
                if (!a.ok()) {
                    if (a.status() >= 500) {
                        synchronized (t) {
                            t.fiveXxOutsideOutage++; // contract-service itself is up: a 5xx is its failure
                        }
                    }
                    if (failures.incrementAndGet() < 5) {
                        synchronized (t) {
                            t.problem("step failed for " + id + ": " + a.status() + " " + a.text());
                        }
                    }
                    break;
                }
            }
            return null;
        }).toList());
        Chaos.log("approved and ended while inspection-service was down (" + failures.get() + " failures); starting it");
        Chaos.ctl("start", "inspection-service");
        try (Connection c = Chaos.db()) {
            long deadline = System.currentTimeMillis() + DELIVERY_TIMEOUT_MS;
            long pending;
            while ((pending = count(c, "select count(*) from contract.outbox_event where delivered_at is null "
                    + "and aggregate_id = any (?::uuid[])", ids)) > 0 && System.currentTimeMillis() < deadline) {
                Chaos.log("  outbox: " + pending + " events still to deliver");
                Chaos.sleep(10_000);
            }
            if (pending > 0) {
                t.problem(pending + " events not delivered within " + DELIVERY_TIMEOUT_MS / 1000 + " s");
            }
            Chaos.sleep(2000);
            Map<String, long[]> effects = new LinkedHashMap<>();
            ids.forEach(id -> effects.put(id, new long[4]));
            collect(c, effects, 0, "select id::text, 1 from inspection.engagement where status = 'ENDED' and id = any (?::uuid[])");
            collect(c, effects, 1, "select engagement_id::text, count(*) from inspection.chain_node where depth = 1 "
                    + "and engagement_id = any (?::uuid[]) group by 1");
            collect(c, effects, 2, "select engagement_id::text, count(*) from inspection.plan_entry where status = 'ENDED' "
                    + "and engagement_id = any (?::uuid[]) group by 1");
            collect(c, effects, 3, "select engagement_id::text, count(*) from inspection.received_event "
                    + "where engagement_id = any (?::uuid[]) group by 1");
            long openPlans = count(c, "select count(*) from inspection.plan_entry where status <> 'ENDED' "
                    + "and engagement_id = any (?::uuid[])", ids);
            for (Map.Entry<String, long[]> e : effects.entrySet()) {
                long[] v = e.getValue();
                long[] expected = {1, 1, 1, 2};
                for (int i = 0; i < 4; i++) {
                    if (v[i] < expected[i]) {
                        t.lost++;
                    } else if (v[i] > expected[i]) {
                        t.duplicated++;
                    }
                }
            }
            t.lost += openPlans;
            Chaos.log("  inspection: " + ids.size() + " engagements checked (ended, 1 root node, 1 ended plan entry, "
                    + "2 received events each); open plan entries left: " + openPlans);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    // ------------------------------------------------------------------ 2
    /** SIGKILL during concurrent uploads: every 2xx upload whole, no file without row, no row without file. */
    Chaos.Tally contractKilled() {
        Chaos.Tally t = new Chaos.Tally();
        String contractor = contracts.contractor();
        List<String> ids = Chaos.parallel(THREADS, repeat(UPLOADS, () -> contracts.engagement(contractor)));
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 30_000;
            while (answered.get() < UPLOADS / 4 && System.currentTimeMillis() < deadline) {
                Chaos.sleep(20);
            }
            Chaos.ctl("kill", "contract-service");
            killed.set(true);
        });
        killer.start();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            contents.put(ids.get(i), (Contracts.BARE_DRAFT + "第3条　障害試験 " + i + " " + ids.get(i) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<Http.Answer> answers = Chaos.parallel(16, ids.stream().<Callable<Http.Answer>>map(id -> () -> {
            Http.Answer a = contracts.uploadDraft(id, contents.get(id));
            answered.incrementAndGet();
            return a;
        }).toList());
        try {
            killer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long ok = answers.stream().filter(Http.Answer::ok).count();
        long dropped = answers.stream().filter(a -> a.status() == -1).count();
        for (Http.Answer a : answers) {
            if (a.status() >= 500) {
                t.fiveXxOutsideOutage++; // a live service answering 5xx (a dropped connection is -1)
                t.problem("upload answered " + a.status() + ": " + a.text());
            }
        }
        Chaos.log(ok + " uploads answered 2xx, " + dropped + " connections dropped by the kill; restarting contract-service");
        // orphans older than 2 s are removed at start (an upload in flight is younger than that; here none is)
        Chaos.ctl(Map.of("ITAKU_FILES_ORPHAN_GRACE", "PT2S"), "start", "contract-service");
        Chaos.sleep(5000);
        try (Connection c = Chaos.db(); MongoClient mongo = MongoClients.create(Chaos.MONGO_URI)) {
            MongoDatabase db = mongo.getDatabase("itaku");
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                byte[] sent = contents.get(id);
                try (PreparedStatement ps = c.prepareStatement("select file_id, length(report), satisfied_count + missing_count "
                        + "+ contradicted_count from contract.contract_draft where engagement_id = ?::uuid and sha256 = ?")) {
                    ps.setString(1, id);
                    ps.setString(2, Contracts.sha256(sent));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            if (answers.get(i).ok()) {
                                t.lost++;
                                t.problem("2xx upload without row: " + id);
                            }
                            continue;
                        }
                        Http.Answer file = Http.get(Contracts.url("/engagements/" + id + "/drafts/1/file"), contracts.officer);
                        if (!file.ok() || !Arrays.equals(sent, file.body()) || rs.getInt(2) == 0 || rs.getInt(3) == 0) {
                            t.halfWritten++;
                            t.problem("draft of " + id + " not whole: file " + file.status());
                        }
                    }
                }
            }
            long[] o = orphans(c, db);
            t.orphans += o[0];
            t.halfWritten += o[1];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    /** [files without row + chunks without file, rows without file] over all of contract-service's files. */
    static long[] orphans(Connection c, MongoDatabase db) throws Exception {
        Set<String> referenced = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select file_id from contract.contract_draft union all select attachment_file_id from "
                        + "contract.written_confirmation where attachment_file_id is not null union all "
                        + "select file_id from contract.erasure_certificate")) {
            while (rs.next()) {
                referenced.add(rs.getString(1));
            }
        }
        Set<String> files = new HashSet<>();
        long orphanFiles = 0;
        for (Document f : db.getCollection("contract_files.files").find()) {
            String id = f.getObjectId("_id").toHexString();
            files.add(id);
            if (!referenced.contains(id)) {
                orphanFiles++;
            }
        }
        Set<ObjectId> owners = new HashSet<>();
        db.getCollection("contract_files.chunks").distinct("files_id", ObjectId.class).into(owners);
        long orphanChunks = owners.stream().filter(o -> !files.contains(o.toHexString())).count();
        long rowsWithoutFile = referenced.stream().filter(r -> !files.contains(r)).count();
        Chaos.log("  GridFS: " + files.size() + " files, " + orphanFiles + " without row, " + orphanChunks
                + " chunk sets without file; " + rowsWithoutFile + " rows without file");
        return new long[] {orphanFiles + orphanChunks, rowsWithoutFile};
    }

    // ------------------------------------------------------------------ 3
    record Call(long startNanos, long endNanos, int status, boolean japanese503, String createdName) {
    }

    /** PostgreSQL restarted while the three services are read and written: 503 in Japanese during, no 5xx after. */
    Chaos.Tally postgresRestarted() {
        Chaos.Tally t = new Chaos.Tally();
        Map<String, String> pids = pids();
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int worker = w;
            Thread th = new Thread(() -> {
                int n = 0;
                while (running.get()) {
                    long s = System.nanoTime();
                    Http.Answer a;
                    String name = null;
                    switch ((n++ + worker) % 4) {
                        case 0 -> {
                            name = "【CHAOS】PG再起動中の登録 " + java.util.UUID.randomUUID().toString().substring(0, 8);
                            a = Http.json("POST", Contracts.url("/contractors"), contracts.officer, Map.of("name", name));
                        }
                        case 1 -> a = Http.get(Contracts.url("/contractors?size=5"), contracts.officer);
                        case 2 -> a = Http.get(Chaos.INSPECTIONS + "/api/inspections/plan?size=5", inspector);
                        default -> a = Http.get(Chaos.PROVISIONS + "/api/provisions/recipients?size=5", contracts.officer);
                    }
                    calls.add(new Call(s, System.nanoTime(), a.status(), a.japanese503(), name));
                    Chaos.sleep(50);
                }
            });
            th.start();
            load.add(th);
        }
        Chaos.sleep(4000);
        long outageStart = System.nanoTime();
        Chaos.ctl("pg-restart");
        long outageEnd = System.nanoTime() + 3_000_000_000L; // pool re-validation settles within 3 s
        Chaos.sleep(10_000);
        running.set(false);
        load.forEach(th -> {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long during503 = 0;
        List<String> created = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Call call : calls) {
            boolean inOutage = call.endNanos() >= outageStart && call.startNanos() <= outageEnd;
            boolean ok = call.status() >= 200 && call.status() < 300;
            if (call.status() >= 500 || call.status() == -1) {
                if (inOutage && call.japanese503()) {
                    during503++;
                } else {
                    t.fiveXxOutsideOutage++;
                    t.problem((inOutage ? "during outage: " : "outside outage: ") + call.status());
                }
            }
            if (call.createdName() != null) {
                (ok ? created : refused).add(call.createdName());
            }
        }
        try (Connection c = Chaos.db()) {
            t.lost += created.size() - count(c, "select count(*) from contract.contractor where name = any (?)", created);
            t.halfWritten += count(c, "select count(*) from contract.contractor where name = any (?)", refused);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> after = pids();
        if (!after.equals(pids)) {
            t.problem("a service was restarted: " + pids + " -> " + after);
        }
        Chaos.log("  " + calls.size() + " calls, " + during503 + " Japanese 503 during the outage, " + created.size()
                + " contractors created, " + refused.size() + " refused; service pids unchanged: " + after.equals(pids));
        return t;
    }

    static Map<String, String> pids() {
        Map<String, String> pids = new LinkedHashMap<>();
        for (String s : List.of("contract-service", "inspection-service", "provision-service", "gateway")) {
            pids.put(s, Chaos.pid(s));
        }
        return pids;
    }

    // ------------------------------------------------------------------ 4
    /** Mongo down: uploads answer a Japanese 503 and store nothing; other calls work; after restart uploads work. */
    Chaos.Tally mongoStopped() {
        Chaos.Tally t = new Chaos.Tally();
        String contractor = contracts.contractor();
        String before = contracts.engagement(contractor);
        byte[] beforeBytes = "保存済みの契約書案\n第1条 障害前".getBytes(StandardCharsets.UTF_8);
        Contracts.expect(contracts.uploadDraft(before, beforeBytes), "upload before the outage");
        List<String> ids = Chaos.parallel(THREADS, repeat(10, () -> contracts.engagement(contractor)));
        Chaos.ctl("mongo-stop");
        for (String id : ids) {
            Http.Answer a = contracts.uploadDraft(id, (Contracts.BARE_DRAFT + id).getBytes(StandardCharsets.UTF_8));
            if (a.ok()) {
                t.problem("upload succeeded without Mongo: " + id);
            } else if (a.status() >= 500 && !a.japanese503()) {
                t.fiveXxOutsideOutage++;
                t.problem("upload during Mongo outage: " + a.status() + " " + a.text());
            } else if (a.status() != 503) {
                t.problem("upload during Mongo outage answered " + a.status());
            }
        }
        Http.Answer read = Http.get(Contracts.url("/contractors?size=5"), contracts.officer);
        if (!read.ok()) {
            t.fiveXxOutsideOutage += read.status() >= 500 ? 1 : 0;
            t.problem("a read that needs no file failed during the Mongo outage: " + read.status());
        }
        try (Connection c = Chaos.db()) {
            t.halfWritten += count(c, "select count(*) from contract.contract_draft where engagement_id = any (?::uuid[])", ids);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Chaos.ctl("mongo-start");
        long deadline = System.nanoTime() + 20_000_000_000L; // the driver finds the server again
        for (String id : ids) {
            byte[] content = (Contracts.BARE_DRAFT + "再開後 " + id).getBytes(StandardCharsets.UTF_8);
            Http.Answer a;
            while (!(a = contracts.uploadDraft(id, content)).ok() && a.japanese503() && System.nanoTime() < deadline) {
                Chaos.sleep(500);
            }
            if (!a.ok()) {
                t.fiveXxOutsideOutage += a.status() >= 500 ? 1 : 0;
                t.problem("upload after the Mongo restart: " + a.status() + " " + a.text());
                continue;
            }
            Http.Answer file = Http.get(Contracts.url("/engagements/" + id + "/drafts/1/file"), contracts.officer);
            if (!file.ok() || !Arrays.equals(content, file.body())) {
                t.halfWritten++;
            }
        }
        Http.Answer old = Http.get(Contracts.url("/engagements/" + before + "/drafts/1/file"), contracts.officer);
        if (!old.ok() || !Arrays.equals(beforeBytes, old.body())) {
            t.lost++;
            t.problem("file stored before the outage is gone: " + old.status());
        }
        try (Connection c = Chaos.db(); MongoClient mongo = MongoClients.create(Chaos.MONGO_URI)) {
            long[] o = orphans(c, mongo.getDatabase("itaku"));
            t.orphans += o[0];
            t.halfWritten += o[1];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    // ------------------------------------------------------------------ 5
    /** Keycloak down: valid tokens keep working through the gateway (cached keys); the login is a Japanese page. */
    Chaos.Tally keycloakStopped() {
        Chaos.Tally t = new Chaos.Tally();
        Chaos.ctl("stop", "keycloak");
        try {
            for (int i = 0; i < 10; i++) {
                for (String path : List.of("/api/contracts/contractors?size=5", "/api/inspections/plan?size=5",
                        "/api/provisions/recipients?size=5")) {
                    Http.Answer a = Http.get(Chaos.GATEWAY + path, path.contains("inspections") ? inspector : contracts.officer);
                    if (!a.ok()) {
                        t.fiveXxOutsideOutage += a.status() >= 500 ? 1 : 0;
                        t.problem("valid token refused while Keycloak is down: " + path + " " + a.status() + " " + a.text());
                    }
                }
            }
            Http.Answer login = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Chaos.GATEWAY + "/"))
                    .header("Accept", "text/html,application/xhtml+xml").GET());
            String page = login.text();
            boolean clear = login.status() == 503 && String.valueOf(login.contentType()).startsWith("text/html")
                    && page.contains("ログイン") && !page.contains("Exception") && !page.contains("\tat ");
            if (!clear) {
                t.problem("portal login while Keycloak is down: " + login.status() + " " + login.contentType() + " "
                        + page.substring(0, Math.min(200, page.length())));
            }
            Chaos.log("  30 API calls with cached-key tokens; portal login page: " + login.status() + " "
                    + login.contentType());
        } finally {
            Chaos.ctl("start", "keycloak");
        }
        return t;
    }

    // ------------------------------------------------------------------ helpers
    static <T> List<Callable<T>> repeat(int n, Callable<T> task) {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(task);
        }
        return tasks;
    }

    static long count(Connection c, String sql, List<String> values) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void collect(Connection c, Map<String, long[]> effects, int column, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", effects.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    effects.get(rs.getString(1))[column] = rs.getLong(2);
                }
            }
        }
    }
}
