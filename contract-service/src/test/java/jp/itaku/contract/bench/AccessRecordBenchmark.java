package jp.itaku.contract.bench;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jp.itaku.common.access.AccessRecorder;
import jp.itaku.common.testing.ItakuTestResources;
import jp.itaku.common.testing.TestTokens;
import jp.itaku.contract.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * bin/bench-access: the cost of access recording (S2) on a read endpoint — GET of a written confirmation, through
 * HTTP with a verified token — with recording on, against the same endpoint with recording off, in one run. Rounds
 * alternate off/on so that the machine's changing load falls on both alike. Prints figures; asserts nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ItakuTestResources.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "itaku.bench", matches = "true")
class AccessRecordBenchmark {

    static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 50);
    static final int PER_ROUND = Integer.getInteger("bench.calls", 100);

    @Inject
    AccessRecorder recorder;

    @Test
    void recordingCostOnAReadEndpoint() throws Exception {
        String tenant = "bench-access-" + UUID.randomUUID();
        String officer = TestTokens.of(tenant, "procurement-officer");
        String id = Fixtures.engagement(officer, Fixtures.contractor(officer, "計測用の委託先", "org-" + UUID.randomUUID()),
                "OUTSOURCING");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Fixtures.confirmationBody())
                .put("/api/contracts/engagements/" + id + "/confirmation").then().statusCode(200);
        String path = "/api/contracts/engagements/" + id + "/confirmation";
        String reader = TestTokens.of(tenant, "inspector");

        try {
            for (int i = 0; i < WARMUP; i++) {
                recorder.enableForBenchmark(i % 2 == 0);
                call(reader, path);
            }
            long[] off = new long[ROUNDS * PER_ROUND];
            long[] on = new long[ROUNDS * PER_ROUND];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                recorder.enableForBenchmark(false);
                for (int i = 0; i < PER_ROUND; i++) {
                    off[round * PER_ROUND + i] = call(reader, path);
                }
                recorder.enableForBenchmark(true);
                for (int i = 0; i < PER_ROUND; i++) {
                    on[round * PER_ROUND + i] = call(reader, path);
                }
                n += PER_ROUND;
            }
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "read endpoint: GET %s (%d calls each, %d alternating rounds, "
                    + "%d warm-up)%n", "/api/contracts/engagements/{id}/confirmation", n, ROUNDS, WARMUP));
            report.append(line("recording off (baseline)", off));
            report.append(line("recording on", on));
            report.append(String.format(Locale.ROOT, "ratio on/off: mean %.3f×, p50 %.3f×, p90 %.3f× (target ≤ 1.15×)%n",
                    mean(on) / mean(off), pct(on, 50) / pct(off, 50), pct(on, 90) / pct(off, 90)));
            System.out.println("\n==== bench-access ====\n" + report);
            Path out = Path.of("target", "bench-access.txt");
            Files.writeString(out, report.toString());
        } finally {
            recorder.enableForBenchmark(true);
        }
    }

    private static long call(String token, String path) {
        long t0 = System.nanoTime();
        given().auth().oauth2(token).get(path).then().statusCode(200);
        return System.nanoTime() - t0;
    }

    private static String line(String label, long[] nanos) {
        return String.format(Locale.ROOT, "  %-26s mean %6.2f ms  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms%n", label,
                mean(nanos) / 1e6, pct(nanos, 50) / 1e6, pct(nanos, 90) / 1e6, pct(nanos, 99) / 1e6);
    }

    private static double mean(long[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
