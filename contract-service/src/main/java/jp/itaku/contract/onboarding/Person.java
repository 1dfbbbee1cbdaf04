package jp.itaku.contract.onboarding;

import java.util.List;

/** A person as Keycloak holds them, reduced to what Itaku shows (no credentials, no sessions). */
public record Person(String id, String username, String email, String lastName, String firstName, boolean enabled,
                     String tenant, String org, List<String> roles) {
}
