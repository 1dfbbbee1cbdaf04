package jp.itaku.gateway.portal.client;

/** An improvement request from a finding ({@code ImprovementView}): the contractor answers, the inspector closes. */
public record Improvement(String id, String category, String description, String deadline, String status,
                          boolean overdue, String response, String respondedAt, String respondedBy,
                          String closingComment, String closedAt, String closedBy) {
}
