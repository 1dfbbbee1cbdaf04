package jp.itaku.gateway;

import jp.itaku.common.testing.ItakuArchRules;

import org.junit.jupiter.api.Test;

/** "Now" and "today" come only from the injected clock (Asia/Tokyo), never from the machine's. */
class ClockArchitectureTest {

    @Test
    void mainCodeReadsTimeOnlyFromTheInjectedClock() {
        ItakuArchRules.NO_MACHINE_CLOCK.check(ItakuArchRules.mainClasses("jp.itaku.gateway"));
    }
}
