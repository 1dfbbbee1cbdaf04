package jp.itaku.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One log line per logout token Keycloak posts (quarkus-oidc's back-channel handler answers it): when a user's portal
 * session outlives a logout elsewhere, the log tells whether the token never came, was refused (400) or was accepted
 * (200) and the session simply not matched.
 */
@Singleton
public class BackChannelLogoutLog {

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutLog.class);

    private final String path;

    BackChannelLogoutLog(@ConfigProperty(name = "quarkus.oidc.logout.backchannel.path", defaultValue = "") String path) {
        this.path = path;
    }

    void register(@Observes Filters filters) {
        if (!path.isEmpty()) {
            filters.register(this::log, 3000);
        }
    }

    private void log(RoutingContext rc) {
        if (path.equals(rc.request().path())) {
            long started = System.nanoTime();
            String from = rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().host();
            rc.addEndHandler(done -> LOG.infof("back-channel logout from %s answered %d in %d ms", from,
                    rc.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        }
        rc.next();
    }
}
