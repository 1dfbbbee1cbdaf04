package jp.itaku.gateway.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * One log line per logout token Keycloak posts (quarkus-oidc's back-channel handler answers it): when a user's portal
 * session outlives a logout elsewhere, the log tells whether the token never came, was refused (400) or was accepted
 * (200) and the session simply not matched. A token quarkus-oidc accepted is also handed to {@link SessionRevocations}
 * (its {@code sid} and {@code sub}), which {@link LogoutEverywhere} consults on every request with a portal session.
 * The token is read from the form quarkus-oidc decoded ({@code formAttributes}) once the answer is written, so
 * quarkus-oidc's reading of the body is left alone.
 */
@Singleton
public class BackChannelLogoutLog {

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutLog.class);

    static final String TOKEN_PARAMETER = "logout_token";

    private final String path;
    private final SessionRevocations revocations;

    BackChannelLogoutLog(@ConfigProperty(name = "quarkus.oidc.logout.backchannel.path", defaultValue = "") String path,
                         SessionRevocations revocations) {
        this.path = path;
        this.revocations = revocations;
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
            rc.addEndHandler(done -> {
                int status = rc.response().getStatusCode();
                Optional<LogoutTokenClaims> claims = status == 200 ? accepted(rc) : Optional.empty();
                claims.ifPresent(c -> revocations.loggedOut(c.sid(), c.sub()));
                LOG.infof("back-channel logout from %s answered %d in %d ms (sid %s, sub %s)", from, status,
                        (System.nanoTime() - started) / 1_000_000,
                        claims.flatMap(LogoutTokenClaims::sid).orElse("-"), claims.flatMap(LogoutTokenClaims::sub).orElse("-"));
            });
        }
        rc.next();
    }

    /** The token quarkus-oidc answered 200 for: it verified it first. */
    private static Optional<LogoutTokenClaims> accepted(RoutingContext rc) {
        try {
            return LogoutTokenClaims.of(rc.request().formAttributes().get(TOKEN_PARAMETER));
        } catch (RuntimeException e) {
            LOG.warnf("back-channel logout answered 200 but its token could not be read: %s", e.toString());
            return Optional.empty();
        }
    }
}
