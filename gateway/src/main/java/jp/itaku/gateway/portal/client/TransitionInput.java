package jp.itaku.gateway.portal.client;

/** {@code POST /api/contracts/engagements/{id}/transitions}: the state to move to and the note ({@code TransitionRequest}). */
public record TransitionInput(String to, String note) {
}
