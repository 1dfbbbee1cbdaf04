package jp.itaku.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.OffsetDateTime;
import java.util.Optional;

@ConfigMapping(prefix = "itaku.clock")
public interface ClockConfig {

    /** Whether tests may fix or move the clock; never in production. */
    @WithDefault("false")
    boolean adjustable();

    /** Starts the clock stopped at this time (needs {@code adjustable}); e.g. {@code 2026-12-01T10:00+09:00}. */
    Optional<OffsetDateTime> fixedAt();
}
