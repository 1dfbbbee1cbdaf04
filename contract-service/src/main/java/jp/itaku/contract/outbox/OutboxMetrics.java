package jp.itaku.contract.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox as Prometheus sees it (names in the README's metrics table):
 * {@code itaku_outbox_backlog} undelivered events, {@code itaku_outbox_oldest_age_seconds} how long the oldest of them
 * has waited, {@code itaku_outbox_attempts_total{outcome=delivered|failed}}. The gauges are refreshed after each
 * delivery run (every {@code itaku.outbox.every}), one query over all tenants.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager em;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Counter delivered;
    private final Counter failed;

    OutboxMetrics(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("itaku.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not delivered yet (all tenants)").register(registry);
        Gauge.builder("itaku.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest undelivered outbox event").register(registry);
        delivered = Counter.builder("itaku.outbox.attempts").tag("outcome", "delivered")
                .description("Delivery attempts of outbox events").register(registry);
        failed = Counter.builder("itaku.outbox.attempts").tag("outcome", "failed")
                .description("Delivery attempts of outbox events").register(registry);
    }

    void attempted(boolean ok) {
        (ok ? delivered : failed).increment();
    }

    /** Recounts the backlog and the oldest event's age. */
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
                        + "from contract.outbox_event where delivered_at is null").getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
    }

    long backlog() {
        return backlog.get();
    }

    long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }
}
