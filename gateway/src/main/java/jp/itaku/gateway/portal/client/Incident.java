package jp.itaku.gateway.portal.client;

import java.util.List;

/** An incident (事故等, guideline 第9) as inspection-service lists it ({@code IncidentSummary}) with the PPC clocks. */
public record Incident(String id, String engagementTitle, String nodeName, int depth, String title, String status,
                       boolean reportable, List<String> categories, boolean myNumber, Integer affectedCount,
                       String awareOn, Clock quickReport, Clock finalReport, boolean acknowledged) {

    /** One deadline (速報・確報); {@code applies} false where the incident is not reportable. */
    public record Clock(String due, long daysLeft, boolean applies, boolean reported, boolean overdue) {
    }

    public boolean overdue() {
        return quickReport != null && quickReport.overdue() || finalReport != null && finalReport.overdue();
    }
}
