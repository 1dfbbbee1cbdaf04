package jp.itaku.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * A token's signature, issuer, expiry and audience ({@code itaku-api}, checked by quarkus-oidc) are not all (issue
 * 19, OWASP ASVS 3.5.3 / RFC 9068 §4): the client it was issued to ({@code azp}, "authorized party") must be one of
 * Itaku's own ({@code itaku.security.authorized-parties}). Should an audience mapper for itaku-api ever be added to
 * another client of the realm by mistake (the account console, an administrator's script), its tokens still open
 * nothing here: 401 before any resource runs.
 */
@ApplicationScoped
public class AuthorizedParties implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(AuthorizedParties.class);

    @ConfigMapping(prefix = "itaku.security")
    public interface Config {
        /** The realm's clients whose tokens the services accept: the portal, the CLI and the service account. */
        @WithDefault("itaku-portal,itaku-cli,itaku-contract-service")
        Set<String> authorizedParties();

        /** Whether the demo realm's secrets may be used outside dev/test (./itaku up); read by {@link DemoSecrets}.
         * Declared here because this mapping owns the {@code itaku.security} prefix: an unmapped key under it fails
         * the start. */
        @WithDefault("false")
        boolean demoSecretsAllowed();

        /** How long at most a verified bearer token's identity is reused ({@link VerifiedTokenIdentities}; never past
         * the token's expiry); 0 verifies every request again. */
        @WithDefault("60s")
        java.time.Duration verifiedTokenTtl();

        /** At most this many verified tokens are kept (a few KB each; least recently used go first). */
        @WithDefault("2000")
        long verifiedTokenMax();
    }

    private final Set<String> allowed;

    AuthorizedParties(Config config) {
        this.allowed = Set.copyOf(config.authorizedParties());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = jwt.getClaim("azp");
        String azp = claim instanceof jakarta.json.JsonString s ? s.getString() : claim == null ? null : claim.toString();
        if (azp == null || !allowed.contains(azp)) {
            LOG.warnf("refused a token of client %s for %s (not one of %s)", azp, jwt.getName(), allowed);
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "token issued to client " + azp + ", which is not one of Itaku's"));
        }
        return Uni.createFrom().item(identity);
    }
}
