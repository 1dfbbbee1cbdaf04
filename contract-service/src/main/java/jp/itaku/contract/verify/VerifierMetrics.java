package jp.itaku.contract.verify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Time the clause verifier spends per draft: {@code itaku_verifier_draft_seconds{source=file|text|draft}} (file =
 * stateless upload, text = JSON text such as inspection-service's subcontracts, draft = a stored draft version).
 */
@ApplicationScoped
public class VerifierMetrics {

    private final Map<String, Timer> timers;

    VerifierMetrics(MeterRegistry registry) {
        timers = Map.of("file", timer(registry, "file"), "text", timer(registry, "text"), "draft", timer(registry, "draft"));
    }

    private static Timer timer(MeterRegistry registry, String source) {
        return Timer.builder("itaku.verifier.draft").tag("source", source)
                .description("Time the clause verifier takes for one draft")
                .publishPercentileHistogram().register(registry);
    }

    public <T> T time(String source, Supplier<T> verification) {
        return timers.get(source).record(verification);
    }
}
