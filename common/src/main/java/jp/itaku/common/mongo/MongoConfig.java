package jp.itaku.common.mongo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "itaku.mongo")
public interface MongoConfig {

    /** A real MongoDB in production; locally and in tests the in-process MongoDB-protocol server. */
    @WithDefault("mongodb://127.0.0.1:27027")
    String uri();

    @WithDefault("itaku")
    String database();

    /**
     * How long a call waits for an unreachable Mongo before it fails (then answered 503 by StoreOutageMapper). The
     * driver's default of 30 s would hold every upload thread during an outage (issue 18).
     */
    @WithDefault("5s")
    java.time.Duration serverSelectionTimeout();
}
