package jp.itaku.contract.outbox;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jp.itaku.common.http.OutgoingCalls;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Delivers due outbox events to inspection-service's idempotent endpoint. An event is claimed (reserved for a while)
 * before the HTTP call so that two instances do not send it at once; a failure keeps it with its attempt count,
 * next attempt (exponential backoff) and last error. The receiver recognises a repeat by the event id.
 */
@ApplicationScoped
public class OutboxDelivery {

    @Inject
    ItakuClock clock;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    InspectionConfig inspection;

    @Inject
    ServiceTokens tokens;

    @Inject
    OutgoingCalls calls;

    @Inject
    OutboxMetrics metrics;

    private HttpClient http;

    @Scheduled(every = "${itaku.outbox.every:5s}", delayed = "${itaku.outbox.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deliverDue();
        metrics.refresh();
    }

    /** Delivers what is due now; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (OutboxEvent event : claim()) {
            String error = send(event);
            record(event.id, error);
            metrics.attempted(error == null);
            if (error == null) {
                delivered++;
            }
        }
        return delivered;
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEvent> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> due = em.createNativeQuery("select * from contract.outbox_event "
                            + "where delivered_at is null and next_attempt_at <= :now "
                            + "order by created_at limit :batch for update skip locked", OutboxEvent.class)
                    .setParameter("now", clock.now()).setParameter("batch", config.batch()).getResultList();
            OffsetDateTime until = clock.now().plus(config.claim());
            due.forEach(e -> e.nextAttemptAt = until);
            return due;
        });
    }

    /** Returns null when delivered, else what went wrong. */
    private String send(OutboxEvent event) {
        try {
            HttpResponse<String> response = put(event);
            if (response.statusCode() == 401) {
                tokens.invalidate();
                response = put(event);
            }
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            return "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (RuntimeException e) {
            LOG.error("outbox event " + event.id + " could not be sent", e);
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private HttpResponse<String> put(OutboxEvent event) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(inspection.url() + "/api/inspections/events/" + event.id))
                .timeout(config.httpTimeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.token())
                .PUT(HttpRequest.BodyPublishers.ofString(event.payload));
        return calls.send(client(), request, "inspection-service /api/inspections/events", HttpResponse.BodyHandlers.ofString());
    }

    private void record(UUID id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent event = em.find(OutboxEvent.class, id);
            event.attempts++;
            if (error == null) {
                event.deliveredAt = clock.now();
                event.lastError = null;
            } else {
                event.lastError = abbreviate(error);
                event.nextAttemptAt = clock.now().plus(backoff(event.attempts));
                LOG.warnf("outbox event %s (%s) not delivered, attempt %d: %s", id, event.type, event.attempts, error);
            }
        });
    }

    Duration backoff(int attempts) {
        Duration wait = config.backoffBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : wait;
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.httpTimeout()).build();
        }
        return http;
    }

    private static String abbreviate(String text) {
        String value = String.valueOf(text);
        return value.length() > 900 ? value.substring(0, 900) + "…" : value;
    }
}
