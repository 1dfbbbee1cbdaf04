package jp.itaku.gateway.portal.client;

/**
 * A person to invite (contract-service's {@code InvitationRequest}): agency staff ({@code /api/contracts/staff}), a
 * contractor's user ({@code /contractors/{id}/users}), a subcontractor's user ({@code /subcontractors/{nodeId}/users}).
 */
public record InvitationInput(String email, String lastName, String firstName) {
}
