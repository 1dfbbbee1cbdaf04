package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code POST /api/contracts/staff}: a member of the agency's staff to invite, with the roles chosen ({@code InvitationRequest}). */
public record StaffInvitationInput(String email, String lastName, String firstName, List<String> roles) {
}
