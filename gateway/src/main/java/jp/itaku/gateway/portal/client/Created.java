package jp.itaku.gateway.portal.client;

/** What a create answers that the portal reads: the new resource's id (for the redirect). */
public record Created(String id) {
}
