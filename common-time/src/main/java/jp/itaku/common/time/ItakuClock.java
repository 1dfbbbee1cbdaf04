package jp.itaku.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of Itaku: every "now" and "today" in main code comes from here, in Asia/Tokyo, whatever the JVM's
 * default zone (an inspection due "today" in Tokyo must not turn overdue at 15:00 UTC). Produced once per service by
 * {@link ClockProducer} and injected as {@code java.time.Clock} or as this type.
 *
 * <p>Tests fix or move it ({@link #fixAt}, {@link #advance}) — only where {@code itaku.clock.adjustable=true}, which
 * the shared test resources set; in production the methods refuse, so nothing can move a running system's time.
 */
public final class ItakuClock extends Clock {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Clock system;
    private final boolean adjustable;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public ItakuClock(Clock system, boolean adjustable) {
        this.system = system.withZone(TOKYO);
        this.adjustable = adjustable;
    }

    /** The system clock in Tokyo that cannot be moved. */
    public static ItakuClock system() {
        return new ItakuClock(Clock.systemUTC(), false);
    }

    /** A clock standing still at {@code instant} (for plain unit tests without CDI). */
    public static ItakuClock fixed(Instant instant) {
        ItakuClock clock = new ItakuClock(Clock.systemUTC(), true);
        clock.fixAt(instant);
        return clock;
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    /** Always Tokyo: a clock in another zone would give another "today". */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!TOKYO.equals(zone)) {
            throw new UnsupportedOperationException("Itaku keeps time in Asia/Tokyo only");
        }
        return this;
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f != null ? f : system.instant();
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(this);
    }

    public boolean adjustable() {
        return adjustable;
    }

    /** Stops the clock at {@code instant} (tests only). */
    public void fixAt(Instant instant) {
        requireAdjustable();
        fixed.set(instant);
    }

    /** Stops the clock at {@code time} (tests only), e.g. {@code 2026-12-01T23:59+09:00}. */
    public void fixAt(OffsetDateTime time) {
        fixAt(time.toInstant());
    }

    /** Moves a stopped clock forward (or a running one: it then stops there). Tests only. */
    public void advance(Duration by) {
        requireAdjustable();
        fixed.set(instant().plus(by));
    }

    /** Lets the clock run with the system's time again. */
    public void useSystemTime() {
        requireAdjustable();
        fixed.set(null);
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("the clock can only be moved where itaku.clock.adjustable=true (tests)");
        }
    }
}
