package jp.itaku.gateway.portal.client;

/** One entry of the inspection plan ({@code PlanView}): whom, when, its state (OVERDUE, DUE, SCHEDULED, DONE). */
public record PlanEntry(String id, String nodeName, int depth, String engagementId, String engagementTitle, String state,
                        String dueOn, String lastDoneOn, String method, String assignee) {

    public static final String OVERDUE = "OVERDUE";
    public static final String DONE = "DONE";
}
