package jp.itaku.inspection.plan;

import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.itaku.common.mail.MailConfig;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-person secret iCalendar URLs: 32 random bytes (base64url) in the path, only their SHA-256 stored, shown once,
 * revocable; creating a new one revokes the old. The feed is the same as {@link CalendarFeed} for that person.
 */
@ApplicationScoped
public class CalendarLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    ItakuClock clock;

    @Inject
    MailConfig mail;

    @Inject
    CalendarFeed feed;

    public record Created(String url, OffsetDateTime createdAt) {
    }

    /** A new secret link for the person (any earlier one stops working). */
    public Created create(String tenant, String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        QuarkusTransaction.requiringNew().run(() -> {
            revokeIn(tenant, username, now);
            em.createNativeQuery("insert into inspection.calendar_link (id, tenant_id, username, secret_hash, created_at) "
                            + "values (:id, :tenant, :user, :hash, :now)")
                    .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant).setParameter("user", username)
                    .setParameter("hash", hash(secret)).setParameter("now", now).executeUpdate();
        });
        return new Created(mail.portalUrl() + "/api/inspections/calendar/" + secret + ".ics", now);
    }

    /** When the person's live link was made, if they have one (never the secret: it is not kept). */
    public Optional<OffsetDateTime> live(String tenant, String username) {
        @SuppressWarnings("unchecked")
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select created_at from inspection.calendar_link where tenant_id = :tenant and username = :user "
                                + "and revoked_at is null").setParameter("tenant", tenant).setParameter("user", username)
                .getResultList());
        return rows.stream().findFirst().map(CalendarLinks::time);
    }

    /** Stops the person's link; answers whether there was one. */
    public boolean revoke(String tenant, String username) {
        return QuarkusTransaction.requiringNew().call(() -> revokeIn(tenant, username, OffsetDateTime.now(clock)) > 0);
    }

    /** The feed behind a secret, if the secret is live. */
    public Optional<String> feed(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select tenant_id, username from inspection.calendar_link where secret_hash = :hash "
                                + "and revoked_at is null").setParameter("hash", hash(secret)).getResultList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String tenant = (String) rows.get(0)[0];
        String username = (String) rows.get(0)[1];
        return Optional.of(TenantContext.runAs(tenant,
                () -> QuarkusTransaction.requiringNew().call(() -> feed.of(username))));
    }

    private int revokeIn(String tenant, String username, OffsetDateTime now) {
        return em.createNativeQuery("update inspection.calendar_link set revoked_at = :now where tenant_id = :tenant "
                        + "and username = :user and revoked_at is null")
                .setParameter("now", now).setParameter("tenant", tenant).setParameter("user", username).executeUpdate();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(ItakuClock.TOKYO).toOffsetDateTime();
        }
        return ((java.sql.Timestamp) value).toInstant().atZone(ItakuClock.TOKYO).toOffsetDateTime();
    }
}
