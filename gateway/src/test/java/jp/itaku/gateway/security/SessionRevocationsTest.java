package jp.itaku.gateway.security;

import jp.itaku.common.time.ItakuClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static jp.itaku.gateway.security.SessionRevocations.Verdict.CHECK;
import static jp.itaku.gateway.security.SessionRevocations.Verdict.ENDED;
import static jp.itaku.gateway.security.SessionRevocations.Verdict.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak 26.5.6 sends one logout token when it ends all sessions of a user: the sid it names ends that session,
 * the sub makes the user's other, older sessions subject to a check with Keycloak.
 */
class SessionRevocationsTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private final ItakuClock clock = ItakuClock.fixed(START);
    private final SessionRevocations revocations = new SessionRevocations(Duration.ofHours(1), 100, clock);

    @Test
    void theSessionNamedInALogoutTokenEndsWhateverItsAge() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(ENDED, revocations.verdict("sid-1", "user-a", START.minusSeconds(60)));
        assertEquals(ENDED, revocations.verdict("sid-1", "user-a", clock.instant()), "even with tokens refreshed later");
    }

    @Test
    void anotherSessionOfTheUserIssuedBeforeTheLogoutIsChecked() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        assertEquals(CHECK, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)));
        // tokens issued in the same second as the logout could still have come from the ended session
        assertEquals(CHECK, revocations.verdict("sid-2", "user-a", START));
    }

    @Test
    void aSessionIssuedAfterTheLogoutAndOtherUsersAreUnaffected() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        assertEquals(VALID, revocations.verdict("sid-3", "user-a", START.plusSeconds(1)));
        assertEquals(VALID, revocations.verdict("sid-9", "user-b", START.minusSeconds(300)));
        assertEquals(VALID, revocations.verdict(null, null, START.minusSeconds(300)));
    }

    @Test
    void anActiveAnswerHoldsUntilTheUsersNextLogout() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        clock.advance(Duration.ofSeconds(2));
        revocations.confirmed("sid-2", clock.instant());
        assertEquals(VALID, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)));
        clock.advance(Duration.ofMinutes(10));
        revocations.loggedOut(Optional.empty(), Optional.of("user-a"));
        assertEquals(CHECK, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)), "a later logout asks again");
    }

    @Test
    void anInactiveAnswerEndsTheSessionFromThenOn() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        revocations.confirmed("sid-2", START.minusSeconds(1));
        revocations.inactive("sid-2");
        assertEquals(ENDED, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)));
    }

    @Test
    void afterTheWindowOlderSessionsAreNoLongerChecked() {
        revocations.loggedOut(Optional.of("sid-1"), Optional.of("user-a"));
        clock.advance(Duration.ofMinutes(59));
        assertEquals(CHECK, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)));
        assertEquals(ENDED, revocations.verdict("sid-1", "user-a", START.minusSeconds(300)));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(VALID, revocations.verdict("sid-2", "user-a", START.minusSeconds(300)));
        assertEquals(VALID, revocations.verdict("sid-1", "user-a", START.minusSeconds(300)));
    }

    @Test
    void aLaterLogoutOfTheUserRestartsTheWindow() {
        revocations.loggedOut(Optional.empty(), Optional.of("user-a"));
        clock.advance(Duration.ofMinutes(50));
        revocations.loggedOut(Optional.empty(), Optional.of("user-a"));
        clock.advance(Duration.ofMinutes(50));
        assertEquals(CHECK, revocations.verdict("sid-2", "user-a", START.plusSeconds(60)),
                "issued between the two logouts, checked for the second one");
    }

    @Test
    void theMemoryIsBounded() {
        SessionRevocations small = new SessionRevocations(Duration.ofHours(1), 10, clock);
        for (int i = 0; i < 500; i++) {
            small.loggedOut(Optional.of("sid-" + i), Optional.of("user-" + i));
            small.confirmed("other-" + i, clock.instant());
        }
        assertTrue(small.size() <= 30, "at most 10 entries in each of the three maps, was " + small.size());
    }

    @Test
    void aLogoutTokensSidAndSubAreReadFromItsPayload() {
        String payload = "{\"iss\":\"http://127.0.0.1:8180/realms/itaku\",\"sub\":\"user-a\",\"sid\":\"sid-1\","
                + "\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}}";
        String token = "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        LogoutTokenClaims claims = LogoutTokenClaims.of(token).orElseThrow();
        assertEquals(Optional.of("sid-1"), claims.sid());
        assertEquals(Optional.of("user-a"), claims.sub());
        assertTrue(LogoutTokenClaims.of("not-a-token").isEmpty());
        assertTrue(LogoutTokenClaims.of("a.%%%.c").isEmpty());
        assertTrue(LogoutTokenClaims.of("a." + Base64.getUrlEncoder().encodeToString("{\"sid\":7}".getBytes(StandardCharsets.UTF_8)) + ".c").isEmpty());
        assertTrue(LogoutTokenClaims.of(null).isEmpty());
    }
}
