package jp.itaku.gateway.portal.client;

/** {@code POST /api/inspections/self-reports/{id}/review}: ACCEPT or RETURN, with the comment ({@code Review}). */
public record ReviewInput(String decision, String comment) {
}
