package jp.itaku.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ItakuClockTest {

    private final TimeZone machineZone = TimeZone.getDefault();

    @AfterEach
    void restoreMachineZone() {
        TimeZone.setDefault(machineZone);
    }

    @Test
    void todayIsTokyosDateAtFifteenUtcWhateverTheMachinesZone() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Etc/GMT+12")));
        ItakuClock clock = ItakuClock.fixed(OffsetDateTime.parse("2026-12-01T15:00Z").toInstant());
        assertEquals(LocalDate.of(2026, 12, 2), clock.today());
        assertEquals("+09:00", clock.now().getOffset().getId());
    }

    @Test
    void oneMinuteBeforeTokyoMidnightIsStillTheSameDay() {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Pacific/Kiritimati")));
        ItakuClock clock = ItakuClock.fixed(OffsetDateTime.parse("2026-12-01T23:59+09:00").toInstant());
        assertEquals(LocalDate.of(2026, 12, 1), clock.today());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(LocalDate.of(2026, 12, 2), clock.today());
    }

    @Test
    void theSystemClockCannotBeMoved() {
        ItakuClock clock = ItakuClock.system();
        assertThrows(IllegalStateException.class, () -> clock.fixAt(OffsetDateTime.parse("2026-01-01T00:00+09:00")));
        assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ofDays(1)));
    }

    @Test
    void theClockStaysInTokyo() {
        ItakuClock clock = ItakuClock.system();
        assertEquals(clock, clock.withZone(ItakuClock.TOKYO));
        assertThrows(UnsupportedOperationException.class, () -> clock.withZone(ZoneId.of("UTC")));
        assertEquals(ItakuClock.TOKYO, Clock.offset(clock, Duration.ZERO).getZone());
    }
}
