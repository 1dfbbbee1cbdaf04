package jp.itaku.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "itaku.gateway")
public interface GatewayConfig {

    /** How long to wait for a service to accept the connection before answering 503. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** How long a service may stay silent (no response bytes) before the gateway answers 503. */
    @WithDefault("60S")
    Duration requestTimeout();

    /** Largest JSON body forwarded; the services apply the same limit, the gateway refuses before streaming. */
    @WithDefault("1048576")
    long maxJsonBytes();

    /** Largest upload (multipart or octet-stream) forwarded. */
    @WithDefault("20971520")
    long maxUploadBytes();

    /**
     * How long a verified bearer token is forwarded without verifying its signature again (never past its expiry);
     * 0 turns the cache off.
     */
    @WithDefault("60S")
    Duration verifiedTokenTtl();

    /** At most this many verified tokens are remembered. */
    @WithDefault("10000")
    long verifiedTokenMax();

    /** The name a person reads for each route segment, e.g. {@code contracts=契約・委託先サービス（contract-service）}. */
    Map<String, String> serviceNames();
}
