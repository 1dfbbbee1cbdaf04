package jp.itaku.contract.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.files.FileStore;
import jp.itaku.contract.support.Fixtures;
import jp.itaku.contract.verification.ContractVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;

/**
 * bin/bench-engagements: listing 10,000 engagements of one tenant (paged) and verifying an uploaded 20 KB draft
 * end to end through the API, against the real PostgreSQL and the in-process MongoDB-protocol server, each with a
 * baseline measured in the same run. Prints figures; asserts nothing about time.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "itaku.bench", matches = "true")
class EngagementBenchmark {

    static final int ENGAGEMENTS = 10_000;
    static final int CONTRACTORS = 50;
    static final int PAGE_SIZE = 50;
    static final int LIST_RUNS = 400;
    static final int UPLOAD_RUNS = 60;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContractVerifier verifier;

    @Inject
    FileStore files;

    final StringBuilder report = new StringBuilder();

    @Test
    void listAndVerify() throws Exception {
        String tenant = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = TestTokens.of(tenant, "procurement-officer");
        long seedStart = System.nanoTime();
        List<UUID> contractors = seed(tenant);
        line("seed: %,d engagements (%d contractors, 2 locations each) in %.1f s", ENGAGEMENTS, CONTRACTORS,
                (System.nanoTime() - seedStart) / 1e9);
        int pages = ENGAGEMENTS / PAGE_SIZE;
        Random random = new Random(42);

        String contractorPath = "/api/contracts/contractors/" + contractors.get(0);
        double[] baseline = measure(LIST_RUNS, i -> given().auth().oauth2(officer).get(contractorPath).then().statusCode(200));
        double[] listing = measure(LIST_RUNS, i -> given().auth().oauth2(officer)
                .get("/api/contracts/engagements?size=" + PAGE_SIZE + "&page=" + random.nextInt(pages))
                .then().statusCode(200));
        double[] lastPage = measure(50, i -> given().auth().oauth2(officer)
                .get("/api/contracts/engagements?size=" + PAGE_SIZE + "&page=" + (pages - 1)).then().statusCode(200));
        section("一覧 (GET /api/contracts/engagements, size=" + PAGE_SIZE + ", 10,000件中のランダムなページ)");
        row("baseline: GET contractor by id", baseline, null);
        row("list page (random of " + pages + ")", listing, baseline);
        row("list last page", lastPage, baseline);

        String engagement = Fixtures.engagement(officer, contractors.get(1).toString(), "OUTSOURCING");
        byte[] draft = draft20k();
        for (int i = 0; i < 30; i++) {
            verifier.verify("warm-up.txt", unique(draft, -100 - i)); // JIT-warm the verifier before the baseline
        }
        double[] inProcess = measure(UPLOAD_RUNS, i -> verifier.verify("bench.txt", unique(draft, i)));
        double[] stateless = measure(UPLOAD_RUNS, i -> given().config(Fixtures.UTF8_MULTIPART).auth().oauth2(officer)
                .multiPart("file", "bench.txt", unique(draft, i), "text/plain")
                .post("/api/contracts/verifications").then().statusCode(200));
        double[] gridFs = measure(UPLOAD_RUNS, i -> files.delete(
                files.put(tenant, "bench", UUID.randomUUID(), "bench.txt", "text/plain", unique(draft, i))));
        double[] upload = measure(UPLOAD_RUNS, i -> Fixtures.upload(officer, engagement, "bench-" + i + ".txt", unique(draft, 1000 + i))
                .statusCode(201));
        section("20 KB の契約書案 (" + String.format("%,d", draft.length) + " bytes) の検証");
        row("baseline: verifier in-process", inProcess, null);
        row("POST /verifications (stateless)", stateless, inProcess);
        row("POST …/drafts (verify+GridFS+SQL)", upload, inProcess);
        row("  part: GridFS put+delete in-process", gridFs, inProcess);

        System.out.println("\n==== bench-engagements ====\n" + report);
        Path out = Path.of("target", "bench-engagements.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private List<UUID> seed(String tenant) throws Exception {
        List<UUID> contractors = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("insert into contract.contractor "
                    + "(id, tenant_id, name, corporate_number, org_code, contacts, created_at, created_by) values (?,?,?,?,?,'[]',?,?)")) {
                for (int i = 0; i < CONTRACTORS; i++) {
                    UUID id = UUID.randomUUID();
                    contractors.add(id);
                    ps.setObject(1, id);
                    ps.setString(2, tenant);
                    ps.setString(3, "ベンチマーク委託先" + i + "株式会社");
                    ps.setString(4, Fixtures.corporateNumber());
                    ps.setString(5, "org-bench-" + i);
                    ps.setTimestamp(6, now);
                    ps.setString(7, "bench");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement e = c.prepareStatement("insert into contract.engagement (id, tenant_id, title, division, kind, "
                    + "contractor_id, org_code, sensitivity, period_start, period_end, info_categories, record_count, state, "
                    + "created_at, created_by, updated_at, updated_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement l = c.prepareStatement("insert into contract.engagement_location (id, tenant_id, "
                         + "engagement_id, position, purpose, place_type, description, country, needs_review) values (?,?,?,?,?,?,?,?,?)")) {
                String[] sensitivity = {"HIGH", "MEDIUM", "LOW"};
                String[] state = {"DRAFTING", "UNDER_REVIEW", "APPROVED", "IN_PROGRESS", "ENDED"};
                for (int i = 0; i < ENGAGEMENTS; i++) {
                    UUID id = UUID.randomUUID();
                    int k = i % CONTRACTORS;
                    Timestamp created = Timestamp.from(Instant.now().minusSeconds(i * 60L));
                    e.setObject(1, id);
                    e.setString(2, tenant);
                    e.setString(3, "委託案件 No." + i + "　住民情報システム運用保守業務");
                    e.setString(4, "情報政策課");
                    e.setString(5, i % 10 == 0 ? "DISPATCH" : "OUTSOURCING");
                    e.setObject(6, contractors.get(k));
                    e.setString(7, "org-bench-" + k);
                    e.setString(8, sensitivity[i % 3]);
                    e.setDate(9, Date.valueOf(LocalDate.of(2026, 4, 1)));
                    e.setDate(10, Date.valueOf(LocalDate.of(2027, 3, 31)));
                    e.setString(11, "[\"氏名\",\"住所\",\"生年月日\"]");
                    e.setInt(12, 1000 + i);
                    e.setString(13, state[i % 5]);
                    e.setTimestamp(14, created);
                    e.setString(15, "bench");
                    e.setTimestamp(16, created);
                    e.setString(17, "bench");
                    e.addBatch();
                    for (int p = 0; p < 2; p++) {
                        l.setObject(1, UUID.randomUUID());
                        l.setString(2, tenant);
                        l.setObject(3, id);
                        l.setInt(4, p);
                        l.setString(5, p == 0 ? "HANDLING" : "STORAGE");
                        l.setString(6, p == 0 ? "CONTRACTOR_PREMISES" : "DATA_CENTER");
                        l.setString(7, p == 0 ? "委託先本社作業室" : "国内データセンター");
                        l.setString(8, "JP");
                        l.setBoolean(9, false);
                        l.addBatch();
                    }
                    if (i % 1000 == 999) {
                        e.executeBatch();
                        l.executeBatch();
                    }
                }
                e.executeBatch();
                l.executeBatch();
            }
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("analyze contract.engagement");
            s.execute("analyze contract.engagement_location");
        }
        return contractors;
    }

    /** The labelled full contract, padded with further articles to 20 KB. */
    static byte[] draft20k() {
        StringBuilder text = new StringBuilder(new String(Fixtures.resource("full.txt"), StandardCharsets.UTF_8));
        int article = 100;
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 20 * 1024) {
            text.append("\n第").append(article++).append("条（業務の細目）\n乙は、別紙仕様書に定める業務の細目に従い、")
                    .append("窓口業務、データ入力業務及び帳票の印刷業務を誠実に履行するものとし、甲の求めに応じて進捗状況を報告する。\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] unique(byte[] draft, int i) {
        byte[] suffix = ("\n（整理番号 " + i + "）\n").getBytes(StandardCharsets.UTF_8);
        byte[] result = Arrays.copyOf(draft, draft.length + suffix.length);
        System.arraycopy(suffix, 0, result, draft.length, suffix.length);
        return result;
    }

    static double[] measure(int runs, IntConsumer work) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            work.accept(-1 - i); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    void section(String title) {
        line("");
        line("## %s", title);
        line("%-38s %6s %9s %9s %9s %12s", "", "n", "p50 ms", "p99 ms", "max ms", "p50 ratio");
    }

    void row(String name, double[] ms, double[] baseline) {
        String ratio = baseline == null ? "1.0x (base)" : String.format(Locale.ROOT, "%.1fx", percentile(ms, 50) / percentile(baseline, 50));
        line("%-38s %6d %9.2f %9.2f %9.2f %12s", name, ms.length, percentile(ms, 50), percentile(ms, 99), ms[ms.length - 1], ratio);
    }

    void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
