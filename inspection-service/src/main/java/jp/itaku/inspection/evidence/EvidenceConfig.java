package jp.itaku.inspection.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "itaku.evidence")
public interface EvidenceConfig {

    /** Largest evidence file (one photo or document). */
    @WithDefault("10485760")
    long maxBytes();
}
