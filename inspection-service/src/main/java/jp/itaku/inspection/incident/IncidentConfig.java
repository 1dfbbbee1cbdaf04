package jp.itaku.inspection.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "itaku.incidents")
public interface IncidentConfig {

    /**
     * Last day of the 速報 counted from the day of awareness (day 1). The PPC reads 速やかに as about 3–5 days; Itaku
     * takes the outer end by default so that no agency is told it is late when the PPC would not say so.
     */
    @WithDefault("5")
    int quickReportDays();

    /** How long a step of the reporting line may stay unacknowledged before it is escalated. */
    @WithDefault("PT4H")
    Duration acknowledgeWithin();

    /** How often the escalation job looks for unacknowledged steps. */
    @WithDefault("5m")
    String escalationEvery();
}
