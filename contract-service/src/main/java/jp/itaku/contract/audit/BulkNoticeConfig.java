package jp.itaku.contract.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Mailing bulk-download notices to the 保護管理者 ({@code itaku.bulk-notices.*}). */
@ConfigMapping(prefix = "itaku.bulk-notices")
public interface BulkNoticeConfig {

    /** How often the job looks for new notices (a duration, or {@code off}); read by the scheduler. */
    @WithDefault("10s")
    String every();

    /** Notices older than this are no longer mailed (e.g. after a long mail-server outage). */
    @WithDefault("P7D")
    Duration within();
}
