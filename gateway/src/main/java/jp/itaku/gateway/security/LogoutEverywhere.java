package jp.itaku.gateway.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * A logout at Keycloak — the account console's "sign out everywhere", an administrator's logout of a user or of one
 * session — ends the user's portal sessions at their next request (issue 19, item 4), in spite of Keycloak sending a
 * single logout token for all of them ({@link SessionRevocations} says why). Runs on every request right after
 * authentication, for portal sessions only (bearer tokens are checked by the services):
 * <ul>
 * <li>the session's {@code sid} was named in a logout token → the session ends at once;</li>
 * <li>the user had a logout after this session's tokens were issued → Keycloak's token introspection decides:
 * inactive → the session ends; active → remembered, not asked again until the user's next logout. Should Keycloak
 * not answer, the session ends too (fail closed; logging in again needs Keycloak anyway).</li>
 * </ul>
 * Ending means: session cookies removed, pages reloaded into the login, htmx 401 with {@code HX-Redirect}, /api 401
 * problem+json ({@link SessionEnding}).
 */
@Singleton
public class LogoutEverywhere {

    private static final Logger LOG = Logger.getLogger(LogoutEverywhere.class);

    private final SessionRevocations revocations;
    private final KeycloakIntrospection introspection;

    LogoutEverywhere(SessionRevocations revocations, KeycloakIntrospection introspection) {
        this.revocations = revocations;
        this.introspection = introspection;
    }

    /** After authentication (the identity is known), before authorization and every route. */
    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.AUTHENTICATION - 10);
    }

    private void check(RoutingContext rc) {
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            rc.next();
            return;
        }
        String sid = idToken.getClaim("sid");
        String sub = idToken.getSubject();
        Instant issued = Instant.ofEpochSecond(idToken.getIssuedAtTime());
        switch (revocations.verdict(sid, sub, issued)) {
            case VALID -> rc.next();
            case ENDED -> {
                LOG.infof("portal session %s of %s ended: Keycloak logged it out (%s %s)", sid, sub,
                        rc.request().method(), rc.request().path());
                SessionEnding.end(rc);
            }
            case CHECK -> ask(rc, identity, sid, sub);
        }
    }

    private void ask(RoutingContext rc, SecurityIdentity identity, String sid, String sub) {
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access == null || access.getToken() == null || sid == null) {
            LOG.infof("portal session %s of %s ended: the user logged out at Keycloak and it cannot be checked", sid, sub);
            SessionEnding.end(rc);
            return;
        }
        Instant asked = revocations.now();
        introspection.active(access.getToken()).onComplete(answer -> {
            if (rc.response().ended() || rc.response().closed()) {
                return;
            }
            if (answer.succeeded() && Boolean.TRUE.equals(answer.result())) {
                revocations.confirmed(sid, asked);
                rc.next();
                return;
            }
            if (answer.succeeded()) {
                revocations.inactive(sid);
                LOG.infof("portal session %s of %s ended: Keycloak says it is no longer active after the user's logout",
                        sid, sub);
            } else {
                LOG.warnf("portal session %s of %s ended: Keycloak's introspection failed after the user's logout: %s",
                        sid, sub, answer.cause().toString());
            }
            SessionEnding.end(rc);
        });
    }
}
