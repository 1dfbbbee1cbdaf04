package jp.itaku.inspection.chain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "itaku.contract")
public interface ContractServiceConfig {

    /** Base URL of contract-service, whose verifier checks subcontract texts. */
    @WithDefault("http://127.0.0.1:8081")
    String url();

    @WithDefault("PT20S")
    Duration timeout();
}
