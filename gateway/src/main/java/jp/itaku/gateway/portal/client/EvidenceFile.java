package jp.itaku.gateway.portal.client;

/** A file attached to a check, self-report or incident ({@code EvidenceView}). */
public record EvidenceFile(String id, String fileName, long sizeBytes, String uploadedAt, String uploadedBy) {
}
