package jp.itaku.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import jp.itaku.common.time.ItakuClock;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How long a verified token's identity is reused: until the token's expiry, never past the ttl (issue 17). */
class VerifiedTokenIdentitiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private final ItakuClock clock = ItakuClock.fixed(NOW);

    private static SecurityIdentity identity(Instant expires, Map<String, Object> extraClaims) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user-1");
        claims.setClaim("tenant", "tenant-a");
        if (expires != null) {
            claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        }
        extraClaims.forEach(claims::setClaim);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal("raw", "JWT", claims))
                .addRole("auditor")
                .build();
    }

    private VerifiedTokenIdentities cache(Duration ttl) {
        return new VerifiedTokenIdentities(null, ttl, 100, clock);
    }

    @Test
    void keptUntilTheTokenExpires() {
        VerifiedTokenIdentities cache = cache(Duration.ofSeconds(60));
        cache.remember("t1", identity(NOW.plusSeconds(30), Map.of()));
        assertTrue(cache.isKnown("t1"));
        assertFalse(cache.isKnown("t2"));
        clock.advance(Duration.ofSeconds(29));
        assertTrue(cache.isKnown("t1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(cache.isKnown("t1"), "at exp the token is verified again (and refused)");
    }

    @Test
    void neverKeptLongerThanTheTtl() {
        VerifiedTokenIdentities cache = cache(Duration.ofSeconds(60));
        cache.remember("t1", identity(NOW.plus(Duration.ofHours(10)), Map.of()));
        clock.advance(Duration.ofSeconds(59));
        assertTrue(cache.isKnown("t1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(cache.isKnown("t1"));
    }

    @Test
    void notKeptWithoutExpiryBoundToAKeyOrWithTheCacheOff() {
        VerifiedTokenIdentities cache = cache(Duration.ofSeconds(60));
        cache.remember("no-exp", identity(null, Map.of()));
        cache.remember("expired", identity(NOW.minusSeconds(1), Map.of()));
        cache.remember("dpop", identity(NOW.plusSeconds(30), Map.of("cnf", Map.of("jkt", "thumbprint"))));
        assertFalse(cache.isKnown("no-exp"));
        assertFalse(cache.isKnown("expired"));
        assertFalse(cache.isKnown("dpop"), "a key-bound token's proof belongs to each request");
        assertEquals(0, cache.size());

        VerifiedTokenIdentities off = cache(Duration.ZERO);
        off.remember("t1", identity(NOW.plusSeconds(30), Map.of()));
        assertFalse(off.isKnown("t1"));
        assertEquals(0, off.size());
    }

    @Test
    void theVerifyingRequestIsNotKept() {
        VerifiedTokenIdentities cache = cache(Duration.ofSeconds(60));
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity(NOW.plusSeconds(30), Map.of()))
                .addAttribute(AuthenticationRequestContext.class.getName(), (AuthenticationRequestContext) s -> null)
                .build();
        cache.remember("t1", verified);
        assertTrue(cache.isKnown("t1"));
        assertFalse(cache.keptAttributes("t1").containsKey(AuthenticationRequestContext.class.getName()),
                "the authentication context of the first request must not be handed to later ones");
        assertEquals(verified.getRoles(), cache.keptRoles("t1"));
    }
}
