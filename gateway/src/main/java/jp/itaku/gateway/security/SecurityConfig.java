package jp.itaku.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The gateway's browser-facing protections (headers, cross-site request checks). */
@ConfigMapping(prefix = "itaku.security")
public interface SecurityConfig {

    /**
     * Origins besides the gateway's own (the {@code Host} the browser used) from which state-changing requests are
     * accepted, e.g. {@code https://itaku.example.go.jp} when a proxy rewrites {@code Host}. Empty by default.
     */
    Optional<List<String>> allowedOrigins();

    /** Strict-Transport-Security on answers that went over HTTPS (directly or per {@code X-Forwarded-Proto}). */
    @WithDefault("false")
    boolean hsts();

    @WithDefault("365D")
    Duration hstsMaxAge();

    /**
     * How long after a logout token for a user the gateway checks that user's portal sessions issued before it with
     * Keycloak ({@link SessionRevocations}, {@link LogoutEverywhere}); also how long an ended session's id is kept.
     * Must be at least the access and ID token lifespan (15 min): after that a session's tokens are refreshed, which
     * Keycloak refuses for an ended session.
     */
    @WithDefault("1H")
    Duration logoutCheckWindow();

    /** Only the local system of ./itaku up sets this: it runs the packaged jar with the demo realm's secrets. */
    @WithDefault("false")
    boolean demoSecretsAllowed();
}
