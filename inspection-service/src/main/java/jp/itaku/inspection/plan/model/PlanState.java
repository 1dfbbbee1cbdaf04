package jp.itaku.inspection.plan.model;

/** Where an open plan entry stands today. */
public enum PlanState {
    /** the due date has passed without an inspection */
    OVERDUE,
    /** due within the reminder window (30 days) */
    DUE,
    /** inspected in the current cycle, next due later */
    DONE,
    /** never inspected yet, due later */
    SCHEDULED;

    public static final int WINDOW_DAYS = 30;
}
