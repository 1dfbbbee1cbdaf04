package jp.itaku.common.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.time.ItakuClock;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per (limit, user) and (limit, tenant), in memory, timed by the injected {@link ItakuClock} (so
 * tests can move time). Usable directly, e.g. for work that is not a resource method:
 * {@code limiter.acquire(RateLimits.INVITATION, caller.userId(), tenant)}.
 */
@ApplicationScoped
public class RateLimiter {

    /** What a refusal says: which limit, whose (the user's or the whole agency's), and when to try again. */
    public record Refusal(RateLimits.Limit limit, boolean tenantWide, long retryAfterSeconds) {

        public String detail() {
            String whose = tenantWide ? "機関全体での" : "あなたの";
            int max = tenantWide ? limit.perTenant() : limit.perUser();
            return whose + limit.label() + "の回数が上限（" + per(limit.period()) + max + "回）に達しました。"
                    + retryAfterSeconds + "秒後にもう一度お試しください。";
        }

        private static String per(Duration period) {
            if (period.toHours() >= 1 && period.toMinutesPart() == 0) {
                return period.toHours() == 1 ? "1時間あたり" : period.toHours() + "時間あたり";
            }
            if (period.toMinutes() >= 1 && period.toSecondsPart() == 0) {
                return period.toMinutes() == 1 ? "1分あたり" : period.toMinutes() + "分あたり";
            }
            return period.toSeconds() + "秒あたり";
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, RateLimits.Limit> limits = new ConcurrentHashMap<>();
    private final Config config;
    private final TimeMeter time;
    private final boolean enabled;

    RateLimiter(Config config, ItakuClock clock) {
        this.config = config;
        this.enabled = config.getOptionalValue("itaku.rate-limits.enabled", Boolean.class).orElse(true);
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Takes one request from the user's and the tenant's bucket of {@code name}; empty if allowed, else why not.
     * A refusal by the tenant's bucket gives the user's token back.
     */
    public Optional<Refusal> acquire(String name, String user, String tenant) {
        if (!enabled) {
            return Optional.empty();
        }
        RateLimits.Limit limit = limit(name);
        Bucket mine = buckets.computeIfAbsent(name + "|user|" + user, k -> bucket(limit.perUser(), limit.period()));
        ConsumptionProbe own = mine.tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            return Optional.of(new Refusal(limit, false, seconds(own.getNanosToWaitForRefill())));
        }
        Bucket agency = buckets.computeIfAbsent(name + "|tenant|" + tenant, k -> bucket(limit.perTenant(), limit.period()));
        ConsumptionProbe shared = agency.tryConsumeAndReturnRemaining(1);
        if (!shared.isConsumed()) {
            mine.addTokens(1);
            return Optional.of(new Refusal(limit, true, seconds(shared.getNanosToWaitForRefill())));
        }
        return Optional.empty();
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        buckets.clear();
    }

    RateLimits.Limit limit(String name) {
        return limits.computeIfAbsent(name, n -> {
            RateLimits.Limit fallback = RateLimits.DEFAULTS.get(n);
            if (fallback == null) {
                throw new IllegalArgumentException("unknown rate limit " + n + " (see jp.itaku.common.ratelimit.RateLimits)");
            }
            String prefix = "itaku.rate-limits." + n + ".";
            return new RateLimits.Limit(fallback.label(),
                    config.getOptionalValue(prefix + "per-user", Integer.class).orElse(fallback.perUser()),
                    config.getOptionalValue(prefix + "per-tenant", Integer.class).orElse(fallback.perTenant()),
                    config.getOptionalValue(prefix + "period", Duration.class).orElse(fallback.period()));
        });
    }

    private Bucket bucket(int capacity, Duration period) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(time)
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
