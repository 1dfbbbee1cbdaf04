package jp.itaku.gateway.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A rejected bearer token (expired, bad signature) fails the request before any route runs; API clients get the
 * same problem+json as from the services instead of an empty 401. Browser pages keep quarkus-oidc's own handling.
 */
@ApplicationScoped
public class AuthenticationFailures {

    void register(@Observes Router router) {
        router.route("/api/*").failureHandler(rc -> {
            if (rc.failure() instanceof AuthenticationFailedException) {
                Problems.unauthorized(rc, "トークンが無効か期限切れです。ログインし直してください。");
            } else {
                rc.next();
            }
        });
    }
}
