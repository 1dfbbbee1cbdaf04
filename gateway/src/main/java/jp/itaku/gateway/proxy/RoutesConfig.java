package jp.itaku.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.net.URI;
import java.util.Map;

/** {@code itaku.routes.<segment>=<base URL>}: {@code /api/<segment>/**} goes to that service, path unchanged. */
@ConfigMapping(prefix = "itaku.routes")
public interface RoutesConfig {

    @WithParentName
    Map<String, URI> services();
}
