package jp.itaku.inspection;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.Predicate;

/** Tests collect the spans in memory (quarkus-opentelemetry takes every CDI SpanExporter; OTLP is off in %test). */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** Waits (at most 10 s) until a finished span matches. */
    public static List<SpanData> await(InMemorySpanExporter exporter, Predicate<List<SpanData>> done) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<SpanData> spans = exporter.getFinishedSpanItems();
            if (done.test(spans)) {
                return spans;
            }
            Thread.sleep(20);
        }
        return exporter.getFinishedSpanItems();
    }
}
