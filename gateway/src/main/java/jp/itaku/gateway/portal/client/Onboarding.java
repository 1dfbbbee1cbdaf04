package jp.itaku.gateway.portal.client;

import java.util.List;

/** contract-service's onboarding API (staff, contractor users, agencies) as the portal reads it. */
public final class Onboarding {

    private Onboarding() {
    }

    /** A person in Keycloak ({@code PersonView}): staff or a contractor's user. */
    public record Person(String id, String username, String email, String lastName, String firstName, boolean enabled,
                         List<String> roles, List<String> roleLabels) {
    }

    /** One recorded change to a person (invitation, role change, deactivation …). */
    public record StaffChange(String username, String action, String actionLabel, List<String> roles, String org, String changedBy,
                              String changedAt) {
    }

    /** An agency (tenant) as the platform operator sees it. */
    public record Agency(String id, String name, String kind, String kindLabel, String citation, boolean contractorTotp,
                         String createdBy, String createdAt) {
    }
}
