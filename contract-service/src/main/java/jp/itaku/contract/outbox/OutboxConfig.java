package jp.itaku.contract.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "itaku.outbox")
public interface OutboxConfig {

    /** How often the delivery job looks for due events. */
    @WithDefault("5s")
    String every();

    /** Events claimed per run. */
    @WithDefault("50")
    int batch();

    /** Wait after the first failure; doubles with each further failure up to {@link #backoffMax()}. */
    @WithDefault("PT5S")
    Duration backoffBase();

    @WithDefault("PT10M")
    Duration backoffMax();

    /** How long a claimed event stays reserved for the instance delivering it. */
    @WithDefault("PT1M")
    Duration claim();

    @WithDefault("PT10S")
    Duration httpTimeout();
}
