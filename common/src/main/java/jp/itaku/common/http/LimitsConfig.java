package jp.itaku.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "itaku.limits")
public interface LimitsConfig {

    /** Largest JSON request body. */
    @WithDefault("1048576")
    long jsonBytes();

    /** Largest multipart upload (one request). */
    @WithDefault("20971520")
    long uploadBytes();
}
