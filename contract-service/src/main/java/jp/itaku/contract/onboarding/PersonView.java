package jp.itaku.contract.onboarding;

import java.util.List;

/** A user of the agency or of a contractor, with the labels of their roles, as the staff and user lists answer it. */
public record PersonView(String id, String username, String email, String lastName, String firstName,
                         boolean enabled, String org, List<String> roles, List<String> roleLabels) {
    static PersonView of(Person p) {
        return new PersonView(p.id(), p.username(), p.email(), p.lastName(), p.firstName(), p.enabled(), p.org(),
                p.roles(), p.roles().stream().map(GrantRules::label).toList());
    }
}
