package jp.itaku.contract.outbox;

import jp.itaku.common.time.ItakuClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * next attempt (exponential backoff) and last error. The receiver recognises a repeat by the event id; an event is
 * delivered once inspection-service's receipt names it. The call is held by the pact {@code InspectionServicePactTest}.
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

    @Inject
    ObjectMapper mapper;

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
            return outcome(event.id, response, mapper);
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
        return calls.send(client(), request(inspection.url(), event.id, event.payload, tokens.token(), config.httpTimeout()),
                "inspection-service /api/inspections/events", HttpResponse.BodyHandlers.ofString());
    }

    /** The delivery of one event's payload against any base URL (the pact test points it at Pact's mock). */
    public static HttpRequest.Builder request(String baseUrl, UUID eventId, String payload, String bearerToken,
                                              Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/inspections/events/" + eventId))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .PUT(HttpRequest.BodyPublishers.ofString(payload));
    }

    /**
     * Null when inspection-service took the event — a 2xx with its {@link EventReceipt} for this event id —, else
     * what went wrong. A 2xx without that receipt (another server at the address, a proxy's page) is no delivery: the
     * event is sent again, which the receiver's idempotency makes harmless.
     */
    public static String outcome(UUID eventId, HttpResponse<String> response, ObjectMapper mapper) {
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        }
        EventReceipt receipt;
        try {
            receipt = mapper.readerFor(EventReceipt.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(response.body());
        } catch (IOException e) {
            receipt = null;
        }
        if (receipt == null || !eventId.equals(receipt.eventId())) {
            return "HTTP " + response.statusCode() + " without a receipt for this event: " + abbreviate(response.body());
        }
        if (receipt.duplicate()) {
            LOG.debugf("outbox event %s had already been received", eventId);
        }
        return null;
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
