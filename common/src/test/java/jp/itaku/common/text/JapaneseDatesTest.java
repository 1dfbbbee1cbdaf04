package jp.itaku.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.itaku.common.time.ItakuClock;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void todayFollowsTokyoAtFifteenUtc() {
        ItakuClock clock = ItakuClock.fixed(OffsetDateTime.parse("2026-12-31T15:00Z").toInstant());
        assertEquals(LocalDate.of(2027, 1, 1), JapaneseDates.today(clock));
        assertEquals("令和9年1月1日", JapaneseDates.wareki(JapaneseDates.today(clock)));
    }

    @Test
    void firstYearOfAnEraIsWrittenGannen() {
        assertEquals("令和元年5月1日", JapaneseDates.wareki(LocalDate.of(2019, 5, 1)));
    }
}
