package jp.itaku.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A bearer token's identity as quarkus-oidc built it (signature, issuer, expiry, audience checked; roles and claims
 * read), kept until the token expires — at most {@code itaku.security.verified-token-ttl} — so that a client's next
 * requests with the very same token skip the signature check and claim parsing (issue 17: they cost more than the
 * HTTP stack of a read). The key is the whole token: a token that differs in one character (forged signature,
 * rewritten claim) is not in here and takes quarkus-oidc's full verification, and so does any token once its entry
 * has expired. The identity augmentors ({@link AuthorizedParties}) and the role checks still run on every request.
 * Only bearer access tokens are kept, never a browser session's tokens (code flow).
 */
@ApplicationScoped
public class VerifiedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {

    private final OidcIdentityProvider oidc;
    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry> verified;

    /** The identity without what belonged to the request that verified it: the keys under which that request's
     * routing context and authentication context were, filled with the current request's on each use. */
    private record Entry(SecurityIdentity identity, Instant until, Set<String> routingKeys, Set<String> contextKeys) {
    }

    /**
     * A token's expiry is judged by the clock quarkus-oidc judges it by, the machine's — not the injected business
     * clock, which tests move (a clock moved back would keep an expired token's entry alive).
     */
    @Inject
    VerifiedTokenIdentities(OidcIdentityProvider oidc, AuthorizedParties.Config config) {
        this(oidc, config.verifiedTokenTtl(), config.verifiedTokenMax(), ItakuClock.system());
    }

    VerifiedTokenIdentities(OidcIdentityProvider oidc, Duration ttl, long maxEntries, Clock clock) {
        this.oidc = oidc;
        this.clock = clock;
        this.ttl = ttl;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry entry, long now) {
                        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, entry.until().toEpochMilli() - clock.millis()));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry entry, long now, long current) {
                        return expireAfterCreate(token, entry, now);
                    }

                    @Override
                    public long expireAfterRead(String token, Entry entry, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /**
     * Before quarkus-oidc's provider (which has the default priority; the manager tries higher ones first and stops at
     * the first identity): this one answers every bearer request, from the cache or through quarkus-oidc.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!cacheable(request)) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        Entry known = lookup(token);
        if (known != null) {
            return Uni.createFrom().item(forRequest(known, request, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    /** The entry of a token verified before and not yet expired, or null. */
    private Entry lookup(String token) {
        Entry entry = verified.getIfPresent(token);
        return entry != null && clock.instant().isBefore(entry.until()) ? entry : null;
    }

    /** Whether the very same token is known as verified and has not expired (its next request skips verification). */
    public boolean isKnown(String token) {
        return lookup(token) != null;
    }

    /**
     * Keeps a verified token's identity until the token's {@code exp}, at most the ttl. Not kept: tokens without
     * exp, and tokens bound to a key the request must prove ({@code cnf}: DPoP, mutual TLS), whose check belongs to
     * each request.
     */
    void remember(String token, SecurityIdentity identity) {
        if (ttl.isZero() || ttl.isNegative() || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0
                || jwt.containsClaim("cnf")) {
            return;
        }
        Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant now = clock.instant();
        if (!now.isBefore(expires)) {
            return;
        }
        Instant cap = now.plus(ttl);
        Set<String> routingKeys = new HashSet<>();
        Set<String> contextKeys = new HashSet<>();
        Map<String, Object> attributes = new HashMap<>();
        identity.getAttributes().forEach((key, value) -> {
            if (value instanceof RoutingContext) {
                routingKeys.add(key);
            } else if (value instanceof AuthenticationRequestContext) {
                contextKeys.add(key);
            } else {
                attributes.put(key, value);
            }
        });
        // built afresh, not copied: a copy would keep the original (and the request it holds) for its permission check
        SecurityIdentity kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(attributes)
                .build();
        verified.put(token, new Entry(kept, expires.isBefore(cap) ? expires : cap, Set.copyOf(routingKeys),
                Set.copyOf(contextKeys)));
    }

    Map<String, Object> keptAttributes(String token) {
        Entry entry = verified.getIfPresent(token);
        return entry == null ? Map.of() : entry.identity().getAttributes();
    }

    Set<String> keptRoles(String token) {
        Entry entry = verified.getIfPresent(token);
        return entry == null ? Set.of() : entry.identity().getRoles();
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean cacheable(TokenAuthenticationRequest request) {
        return !ttl.isZero() && !ttl.isNegative() && request.getToken() instanceof AccessTokenCredential credential
                && !credential.isOpaque() && credential.getToken() != null
                && HttpSecurityUtils.getRoutingContextAttribute(request) != null;
    }

    private static SecurityIdentity forRequest(Entry known, TokenAuthenticationRequest request,
                                               AuthenticationRequestContext context) {
        SecurityIdentity kept = known.identity();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(kept.getPrincipal())
                .addRoles(kept.getRoles())
                .addCredentials(kept.getCredentials())
                .addPermissions(kept.getPermissions())
                .addAttributes(kept.getAttributes());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        known.routingKeys().forEach(key -> builder.addAttribute(key, routing));
        known.contextKeys().forEach(key -> builder.addAttribute(key, context));
        return builder.build();
    }
}
