package jp.itaku.contract.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "itaku.inspection")
public interface InspectionConfig {

    /** Base URL of inspection-service. */
    @WithDefault("http://127.0.0.1:8082")
    String url();
}
