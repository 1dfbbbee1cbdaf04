package jp.itaku.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Produces the service's one {@link ItakuClock}; its bean types include {@link Clock}. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    ItakuClock clock(ClockConfig config) {
        ItakuClock clock = new ItakuClock(Clock.systemUTC(), config.adjustable());
        config.fixedAt().ifPresent(clock::fixAt);
        return clock;
    }
}
