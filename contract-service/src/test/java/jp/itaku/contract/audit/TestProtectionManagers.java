package jp.itaku.contract.audit;

import io.quarkus.test.Mock;
import jp.itaku.contract.onboarding.KeycloakDirectory;
import jp.itaku.contract.onboarding.Person;

import java.util.List;

/**
 * The tests run no Keycloak (OnboardingResourceTest): for tenants named {@code bulkmail-…} this stands in for the
 * directory with two managers (one disabled) and an officer; every other tenant goes to the real directory, which
 * answers 503 here. The real lookup is what BulkNoticeMailE2E (AccessRecordE2ETest) exercises against Keycloak.
 */
@Mock
class TestProtectionManagers extends ProtectionManagers {

    static final String PREFIX = "bulkmail-";

    TestProtectionManagers() {
        super(null); // the client proxy's
    }

    @jakarta.inject.Inject
    TestProtectionManagers(KeycloakDirectory directory) {
        super(directory);
    }

    static String address(String tenant, String who) {
        return who + "@" + tenant + ".example.jp";
    }

    @Override
    public List<Person> of(String tenant) {
        if (!tenant.startsWith(PREFIX)) {
            return super.of(tenant);
        }
        return List.of(new Person("m1", "manager1", address(tenant, "manager1"), "保護", "一郎", true, tenant, null,
                List.of("protection-manager")));
    }
}
