package jp.itaku.contract.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Itaku's people in Keycloak, through the Admin REST API with the {@code itaku-onboarding} service account
 * (realm-management: query-users, view-users, manage-users only). Keycloak stores the people, their credentials and
 * required actions and sends the invitation mail; Itaku only asks. Every call answers 503 in Japanese when Keycloak
 * cannot be reached, and every person outside the caller's tenant is "not found".
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);

    /** Roles Itaku manages; other realm roles (default-roles-itaku …) are left as they are. */
    static final Set<String> ITAKU_ROLES;

    static {
        Set<String> roles = new HashSet<>(GrantRules.AGENCY_ROLES.keySet());
        roles.add(jp.itaku.common.security.Roles.CONTRACTOR);
        ITAKU_ROLES = Set.copyOf(roles);
    }

    private final Keycloak keycloak;
    private final OnboardingConfig config;

    KeycloakDirectory(Keycloak keycloak, OnboardingConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    public record NewPerson(String email, String lastName, String firstName, String tenant, String org) {
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    /** Whether the address (or a user name equal to it) is already someone's, in any tenant. */
    public boolean addressTaken(String email) {
        return call(() -> !realm().users().searchByEmail(email, true).isEmpty()
                || !realm().users().searchByUsername(email, true).isEmpty());
    }

    /**
     * Creates the person with the roles and required actions and sends Keycloak's invitation mail; if any step fails
     * the person is removed again, so that a failed invitation leaves nothing behind. Answers the new id.
     */
    public String invite(NewPerson p, List<String> roles, List<String> requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(p.email());
        user.setEmail(p.email());
        user.setEmailVerified(false);
        user.setLastName(p.lastName());
        user.setFirstName(p.firstName());
        user.setEnabled(true);
        user.setRequiredActions(requiredActions);
        Map<String, List<String>> attributes = new java.util.HashMap<>();
        attributes.put("tenant", List.of(p.tenant()));
        if (p.org() != null) {
            attributes.put("org", List.of(p.org()));
        }
        user.setAttributes(attributes);
        String id = call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw StaffService.addressTaken();
                }
                if (response.getStatus() != 201) {
                    throw new IllegalStateException("Keycloak answered " + response.getStatus() + " to a new user");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            call(() -> {
                setRoles(id, roles);
                realm().users().get(id).executeActionsEmail(config.clientId(), config.redirectUri(),
                        (int) config.invitationLifespan().toSeconds(), requiredActions);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warnf("invitation of a new user failed, removing it again: %s", e.toString());
            try {
                realm().users().delete(id).close();
            } catch (RuntimeException cleanup) {
                LOG.errorf("could not remove half-invited user %s: %s", id, cleanup.toString());
            }
            if (e instanceof ItakuException itaku && itaku.status() < 500) {
                throw e;
            }
            throw new ItakuException(503, "招待メールを送信できませんでした",
                    "招待メールを送信できなかったため、招待を取り消しました。時間をおいてもう一度お試しください。", List.of());
        }
        return id;
    }

    /** The person, if they belong to {@code tenant}. */
    public Optional<Person> find(String id, String tenant) {
        return call(() -> {
            try {
                UserRepresentation user = realm().users().get(id).toRepresentation();
                Person person = person(user, realm().users().get(id));
                return tenant.equals(person.tenant()) ? Optional.of(person) : Optional.empty();
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Everyone of the tenant (or of one contractor organisation in it). */
    public List<Person> list(String tenant, String org) {
        String query = "tenant:" + tenant + (org == null ? "" : " org:" + org);
        return call(() -> {
            List<Person> people = new ArrayList<>();
            for (UserRepresentation user : realm().users().searchByAttributes(0, 500, null, false, query)) {
                Person person = person(user, realm().users().get(user.getId()));
                if (tenant.equals(person.tenant()) && (org != null || person.org() == null)) {
                    people.add(person);
                }
            }
            return people;
        });
    }

    /** Replaces the person's Itaku roles with {@code roles}. */
    public void setRoles(String id, List<String> roles) {
        call(() -> {
            UserResource user = realm().users().get(id);
            List<RoleRepresentation> current = user.roles().realmLevel().listAll().stream()
                    .filter(r -> ITAKU_ROLES.contains(r.getName())).toList();
            List<RoleRepresentation> remove = current.stream().filter(r -> !roles.contains(r.getName())).toList();
            if (!remove.isEmpty()) {
                user.roles().realmLevel().remove(remove);
            }
            Set<String> have = new HashSet<>(current.stream().map(RoleRepresentation::getName).toList());
            List<RoleRepresentation> add = user.roles().realmLevel().listAvailable().stream()
                    .filter(r -> roles.contains(r.getName()) && !have.contains(r.getName())).toList();
            if (add.size() != roles.stream().filter(r -> !have.contains(r)).count()) {
                throw new IllegalStateException("a role to grant is missing in the realm: " + roles);
            }
            if (!add.isEmpty()) {
                user.roles().realmLevel().add(add);
            }
            return null;
        });
    }

    /** Enables or disables the person; disabling also ends every session they have. */
    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            UserResource user = realm().users().get(id);
            UserRepresentation rep = user.toRepresentation();
            rep.setEnabled(enabled);
            user.update(rep);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    private static Person person(UserRepresentation user, UserResource resource) {
        List<String> roles = resource.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .filter(ITAKU_ROLES::contains).sorted().toList();
        return new Person(user.getId(), user.getUsername(), user.getEmail(), user.getLastName(), user.getFirstName(),
                Boolean.TRUE.equals(user.isEnabled()), attribute(user, "tenant"), attribute(user, "org"), roles);
    }

    private static String attribute(UserRepresentation user, String name) {
        if (user.getAttributes() == null) {
            return null;
        }
        List<String> values = user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException e) {
            LOG.warnf("Keycloak not reachable: %s", e.toString());
            throw unavailable();
        } catch (ItakuException e) {
            throw e;
        } catch (WebApplicationException e) {
            LOG.warnf("Keycloak refused an admin call: %d %s", e.getResponse().getStatus(), e.toString());
            throw unavailable();
        } catch (RuntimeException e) {
            // e.g. the service account's own token could not be had: the person sees the same 503
            LOG.warnf("Keycloak admin call failed: %s", e.toString());
            throw unavailable();
        }
    }

    private static ItakuException unavailable() {
        return new ItakuException(503, "認証基盤を利用できません",
                "認証基盤（Keycloak）に接続できないため、利用者の登録・変更はできませんでした。時間をおいてもう一度お試しください。",
                List.of());
    }
}
