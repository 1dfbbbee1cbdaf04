package jp.itaku.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.time.ItakuClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens the gateway has verified (signature, issuer, expiry — by quarkus-oidc) in the last moments, so that
 * a client's next API calls with the same token are forwarded without verifying the signature again. An entry lives
 * until the token expires, at most {@code itaku.gateway.verified-token-ttl}; a token that differs in a single
 * character (forged, rewritten claim) is not in here and goes through the full verification. The services verify
 * every token themselves in any case.
 */
@ApplicationScoped
public class VerifiedTokens {

    private final Cache<String, Instant> verified;
    private final Clock clock;
    private final Duration ttl;

    @jakarta.inject.Inject
    VerifiedTokens(GatewayConfig config, ItakuClock clock) {
        this(config.verifiedTokenTtl(), config.verifiedTokenMax(), clock);
    }

    VerifiedTokens(Duration ttl, long maxEntries, Clock clock) {
        this.clock = clock;
        this.ttl = ttl;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new Expiry<String, Instant>() {
                    @Override
                    public long expireAfterCreate(String token, Instant until, long now) {
                        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, until.toEpochMilli() - clock.millis()));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Instant until, long now, long current) {
                        return expireAfterCreate(token, until, now);
                    }

                    @Override
                    public long expireAfterRead(String token, Instant until, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** Remembers a token quarkus-oidc has just accepted, until {@code expiresAt} (epoch seconds) or the ttl. */
    public void remember(String token, long expiresAt) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        Instant until = Instant.ofEpochSecond(expiresAt);
        Instant cap = clock.instant().plus(ttl);
        verified.put(token, until.isBefore(cap) ? until : cap);
    }

    /** True while the very same token was verified and has not expired. */
    public boolean isVerified(String token) {
        Instant until = verified.getIfPresent(token);
        return until != null && clock.instant().isBefore(until);
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
