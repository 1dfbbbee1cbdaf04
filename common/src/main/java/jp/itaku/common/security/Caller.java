package jp.itaku.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read once from the verified token: the only source of tenant and organisation.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";
    public static final String ORG_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String userId() {
        return claim("sub").orElse(identity.getPrincipal().getName());
    }

    public String userName() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    /** Family name first, as Japanese names are written (Keycloak's {@code name} claim puts the given name first). */
    public String displayName() {
        Optional<String> family = claim("family_name");
        Optional<String> given = claim("given_name");
        if (family.isPresent() && given.isPresent()) {
            return family.get() + " " + given.get();
        }
        return claim("name").orElse(userName());
    }

    /** The address Keycloak holds for the caller ({@code email} claim), if any. */
    public Optional<String> email() {
        return claim("email");
    }

    public Optional<String> tenant() {
        return claim(TENANT_CLAIM);
    }

    /** The contractor organisation of a contractor user; empty for agency staff. */
    public Optional<String> org() {
        return claim(ORG_CLAIM);
    }

    public boolean isContractor() {
        return identity.hasRole(Roles.CONTRACTOR);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
