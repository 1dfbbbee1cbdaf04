package jp.itaku.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aTokenIsNoLongerTakenAsVerifiedOnceItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(5), 100, clock);
        tokens.remember("a.b.c", now.get().plusSeconds(30).getEpochSecond());
        assertTrue(tokens.isVerified("a.b.c"));
        now.set(now.get().plusSeconds(30));
        assertFalse(tokens.isVerified("a.b.c"), "expired exactly at exp");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheTtl() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);
        tokens.remember("a.b.c", now.get().plusSeconds(3600).getEpochSecond());
        now.set(now.get().plusSeconds(59));
        assertTrue(tokens.isVerified("a.b.c"));
        now.set(now.get().plusSeconds(1));
        assertFalse(tokens.isVerified("a.b.c"));
    }

    @Test
    void onlyTheVeryTokenIsRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 100, clock);
        tokens.remember("a.b.c", now.get().plusSeconds(300).getEpochSecond());
        assertFalse(tokens.isVerified("a.b.d"));
        assertFalse(tokens.isVerified("a.b.c "));
    }

    @Test
    void zeroTtlTurnsTheCacheOff() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ZERO, 100, clock);
        tokens.remember("a.b.c", now.get().plusSeconds(300).getEpochSecond());
        assertFalse(tokens.isVerified("a.b.c"));
    }

    @Test
    void theCacheIsBounded() {
        VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 10, clock);
        for (int i = 0; i < 1000; i++) {
            tokens.remember("token-" + i, now.get().plusSeconds(300).getEpochSecond());
        }
        assertTrue(tokens.size() <= 10, "size " + tokens.size());
        assertEquals(true, tokens.size() > 0);
    }
}
