package jp.itaku.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jp.itaku.common.time.ItakuClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the gateway has learnt from Keycloak's logout tokens, kept in memory for {@code itaku.security.logout-check-window}
 * (bounded: at most {@link #MAX_ENTRIES} sessions and users each, the oldest dropped first).
 *
 * <p>Why not quarkus-oidc's own cache of logout tokens alone: Keycloak 26.5.6 sends a single logout token when an
 * administrator (or "sign out everywhere") ends all sessions of a user — for the first session only (keycloak issues
 * #27359, #32124; fixed upstream in PR #49949) — and quarkus-oidc 3.33.2 drops a tenant's pending logout tokens on any
 * login or token refresh. So a logout token counts twice here: its {@code sid} ends that session outright, and its
 * {@code sub} makes every other session of the user that was issued before it suspect: {@link LogoutEverywhere} asks
 * Keycloak (token introspection) whether it is still active, once, and remembers the answer.
 */
@Singleton
public class SessionRevocations {

    /** Sessions and users remembered at most (a day of logouts of a large agency). */
    static final long MAX_ENTRIES = 10_000;

    /** What to do with a portal session. */
    public enum Verdict {
        /** Keycloak named this very session in a logout token, or said it is no longer active: end it. */
        ENDED,
        /** The user logged out somewhere after this session's tokens were issued: ask Keycloak. */
        CHECK,
        /** Nothing against it. */
        VALID
    }

    private final Clock clock;
    /** sid → when its logout token (or an "inactive" answer) came. */
    private final Cache<String, Instant> endedSessions;
    /** sub → when the latest logout token for the user came. */
    private final Cache<String, Instant> userLogouts;
    /** sid → when Keycloak last said the session is active (asked after the user's logout). */
    private final Cache<String, Instant> confirmedSessions;

    @Inject
    SessionRevocations(SecurityConfig config, ItakuClock clock) {
        this(config.logoutCheckWindow(), MAX_ENTRIES, clock);
    }

    SessionRevocations(Duration window, long maxEntries, Clock clock) {
        this.clock = clock;
        this.endedSessions = cache(window, maxEntries, clock);
        this.userLogouts = cache(window, maxEntries, clock);
        this.confirmedSessions = cache(window, maxEntries, clock);
    }

    private static Cache<String, Instant> cache(Duration window, long maxEntries, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    /** A logout token Keycloak sent (and quarkus-oidc accepted): either claim may be missing. */
    public void loggedOut(Optional<String> sid, Optional<String> sub) {
        Instant now = clock.instant();
        sid.filter(s -> !s.isBlank()).ifPresent(s -> endedSessions.put(s, now));
        sub.filter(s -> !s.isBlank()).ifPresent(s -> userLogouts.asMap().merge(s, now, (a, b) -> a.isAfter(b) ? a : b));
    }

    /**
     * The verdict on a portal session with Keycloak session id {@code sid} of user {@code sub} whose current tokens
     * were issued at {@code issuedAt} (the ID token's {@code iat}, whole seconds). A session whose tokens were issued
     * in the same second as the logout or before it is suspect: Keycloak issued them while it could still be alive.
     */
    public Verdict verdict(String sid, String sub, Instant issuedAt) {
        if (sid != null && endedSessions.getIfPresent(sid) != null) {
            return Verdict.ENDED;
        }
        Instant logout = sub == null ? null : userLogouts.getIfPresent(sub);
        if (logout == null || issuedAt.getEpochSecond() > logout.getEpochSecond()) {
            return Verdict.VALID;
        }
        Instant confirmed = sid == null ? null : confirmedSessions.getIfPresent(sid);
        return confirmed != null && confirmed.isAfter(logout) ? Verdict.VALID : Verdict.CHECK;
    }

    /** Keycloak answered that session {@code sid} is active, for a question asked at {@code askedAt}. */
    public void confirmed(String sid, Instant askedAt) {
        confirmedSessions.asMap().merge(sid, askedAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Keycloak answered that session {@code sid} is no longer active: it ends at this and every later request. */
    public void inactive(String sid) {
        endedSessions.put(sid, clock.instant());
        confirmedSessions.invalidate(sid);
    }

    /** The moment to record as the time of a question to Keycloak. */
    public Instant now() {
        return clock.instant();
    }

    long size() {
        endedSessions.cleanUp();
        userLogouts.cleanUp();
        confirmedSessions.cleanUp();
        return endedSessions.estimatedSize() + userLogouts.estimatedSize() + confirmedSessions.estimatedSize();
    }
}
