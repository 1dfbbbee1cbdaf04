package jp.itaku.common.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code itaku.access.*}: access records (S2), bulk-download threshold (S3), retention. */
@ConfigMapping(prefix = "itaku.access")
public interface AccessConfig {

    /**
     * Records are written for every {@link AccessRecorded} call. Only the benchmark's baseline switches it off (and
     * only where {@code itaku.clock.adjustable=true}, i.e. in tests): production always records.
     */
    @WithDefault("true")
    boolean enabled();

    /** Records a user may export or download per day before confirming with a reason, unless the 総括 set another. */
    @WithDefault("1000")
    int defaultBulkThreshold();

    /** Years access records are kept, unless the 総括 set another (the guideline says 一定の期間). */
    @WithDefault("5")
    int defaultRetentionYears();

    /**
     * Key of the HMAC that signs the daily anchors (the chain head per tenant and day). Kept outside the database
     * ({@code ITAKU_AUDIT_ANCHOR_KEY}), so whoever can rewrite the tables still cannot forge an anchor.
     */
    @WithDefault("${ITAKU_AUDIT_ANCHOR_KEY:itaku-local-anchor-key}")
    String anchorKey();

    /** When the daily anchor is written (Asia/Tokyo). */
    @WithDefault("0 5 0 * * ?")
    String anchorCron();
}
