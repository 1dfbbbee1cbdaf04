package jp.itaku.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./itaku status} under load: many PostgreSQL backends (pids of different widths) once broke its RSS sum and
 * made it exit 1 after the header.
 */
@ExtendWith(RunningSystem.class)
class StatusE2ETest {

    private static final List<String> COMPONENTS = List.of("local-stack", "keycloak", "contract-service",
            "inspection-service", "provision-service", "gateway");

    @Test
    void statusListsEveryComponentWithItsRssAndPssWhileTheListEndpointsAreUnderLoad() throws Exception {
        String token = Tokens.of("sho-officer");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<URI> lists = List.of(URI.create(Itaku.gateway("/api/contracts/contractors?size=50")),
                URI.create(Itaku.gateway("/api/contracts/engagements?size=50")),
                URI.create(Itaku.gateway("/api/inspections/plan?size=50")),
                URI.create(Itaku.gateway("/api/provisions?size=50")));
        AtomicInteger answered = new AtomicInteger();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        ExecutorService load = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            int offset = t;
            load.submit(() -> {
                for (int i = offset; System.nanoTime() < until; i++) {
                    try {
                        http.send(HttpRequest.newBuilder(lists.get(i % lists.size())).header("Authorization",
                                "Bearer " + token).timeout(Duration.ofSeconds(20)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        answered.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(4_000);
        String during = status();
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        String after = status();
        assertTrue(answered.get() > 0, "the load reached the services");
        for (String out : List.of(during, after)) {
            for (String component : COMPONENTS) {
                assertTrue(Pattern.compile("(?m)^" + component + "\\s+up\\s+.*\\s\\d+ MB\\s+\\d+ MB$").matcher(out).find(),
                        component + " with its RSS and PSS in:\n" + out);
            }
        }
    }

    private static String status() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isExecutable(root.resolve("itaku"))) {
            root = root.getParent();
        }
        assertTrue(root != null, "./itaku not found above " + Path.of("").toAbsolutePath());
        Process p = new ProcessBuilder(root.resolve("itaku").toString(), "status").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "status finished");
        assertEquals(0, p.exitValue(), "./itaku status exit code; output:\n" + out);
        return out;
    }
}
