package jp.itaku.contract.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.access.BulkNotice;
import jp.itaku.contract.onboarding.KeycloakDirectory;
import jp.itaku.contract.onboarding.Person;

import java.util.List;

/**
 * The agency's 保護管理者 who receive bulk-download notices: the enabled agency staff of the tenant holding the
 * recipient role, with an address, as Keycloak knows them. Throws the directory's 503 when Keycloak is unreachable.
 */
@ApplicationScoped
public class ProtectionManagers {

    private final KeycloakDirectory directory;

    ProtectionManagers(KeycloakDirectory directory) {
        this.directory = directory;
    }

    public List<Person> of(String tenant) {
        return directory.list(tenant, null).stream()
                .filter(p -> p.enabled() && p.email() != null && !p.email().isBlank())
                .filter(p -> p.roles().contains(BulkNotice.RECIPIENT_ROLE))
                .toList();
    }
}
