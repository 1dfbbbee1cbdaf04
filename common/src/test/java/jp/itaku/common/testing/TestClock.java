package jp.itaku.common.testing;

import io.quarkus.arc.Arc;
import jp.itaku.common.time.ItakuClock;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The service's one clock, seen from a {@code @QuarkusTest} (static helpers and fixtures cannot inject it). Tests
 * read "today" from here, never from the machine: the suite runs with {@code TZ=Etc/GMT+12}.
 */
public final class TestClock {

    private TestClock() {
    }

    public static ItakuClock clock() {
        return Arc.container().instance(ItakuClock.class).get();
    }

    public static LocalDate today() {
        return clock().today();
    }

    public static OffsetDateTime now() {
        return clock().now();
    }

    /** Runs {@code action} with the service's clock stopped at {@code time}, then lets it run again. */
    public static void at(OffsetDateTime time, Runnable action) {
        ItakuClock clock = clock();
        clock.fixAt(time);
        try {
            action.run();
        } finally {
            clock.useSystemTime();
        }
    }
}
