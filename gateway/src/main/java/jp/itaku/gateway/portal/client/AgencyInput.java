package jp.itaku.gateway.portal.client;

/**
 * {@code POST /api/contracts/agencies}: a new agency (tenant) with its first chief protection manager, invited at once
 * ({@code AgencyRequest}); kind and citation stay as chosen, the service answers a field error for an unknown one.
 */
public record AgencyInput(String id, String name, String kind, String citation, boolean contractorTotp,
                          InvitationInput chief) {
}
