package jp.itaku.gateway.portal.client;

/** {@code GET …/drafts/{version}/text}: the text the verifier read (the evidence offsets refer to it). */
public record DraftText(int version, String fileName, String text) {
}
