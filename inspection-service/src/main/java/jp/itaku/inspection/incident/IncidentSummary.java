package jp.itaku.inspection.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record IncidentSummary(UUID id, UUID engagementId, String engagementTitle, UUID nodeId, String nodeName,
                              int depth, String title, String status, boolean reportable, List<String> categories,
                              boolean myNumber, Integer affectedCount, LocalDate awareOn, DeadlineClock quickReport,
                              DeadlineClock finalReport, boolean acknowledged, OffsetDateTime reportedAt, String reportedBy) {
}
