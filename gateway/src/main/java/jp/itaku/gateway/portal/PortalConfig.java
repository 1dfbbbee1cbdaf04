package jp.itaku.gateway.portal;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "itaku.portal")
public interface PortalConfig {

    /** Display names of agencies by tenant id, e.g. {@code demo-sho=デモ省}. */
    Map<String, String> agencies();

    /** Display names of contractor organisations by org code. */
    Map<String, String> organisations();

    /** Where the identity provider's administration console is (shown to platform administrators). */
    Optional<String> adminConsoleUrl();
}
