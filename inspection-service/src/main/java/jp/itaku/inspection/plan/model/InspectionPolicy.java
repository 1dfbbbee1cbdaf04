package jp.itaku.inspection.plan.model;

import jp.itaku.api.Sensitivity;

import java.time.LocalDate;

/**
 * A tenant's inspection intervals per sensitivity, and where an accepted self-report counts as the inspection
 * (ガイドライン: at least once a year; 高 more often).
 */
public record InspectionPolicy(int highMonths, int mediumMonths, int lowMonths, boolean selfReportHigh,
                               boolean selfReportMedium, boolean selfReportLow) {

    /** 高: every 6 months, 中・低: every 12 months; a self-report stands in only where sensitivity is 低. */
    public static InspectionPolicy defaults() {
        return new InspectionPolicy(6, 12, 12, false, false, true);
    }

    public int months(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case HIGH -> highMonths;
            case MEDIUM -> mediumMonths;
            case LOW -> lowMonths;
        };
    }

    public boolean selfReportSatisfies(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case HIGH -> selfReportHigh;
            case MEDIUM -> selfReportMedium;
            case LOW -> selfReportLow;
        };
    }

    /** The due date one interval after the cycle began: the last inspection, or the plan's start before any. */
    public LocalDate dueOn(Sensitivity sensitivity, LocalDate startsOn, LocalDate lastDoneOn) {
        return (lastDoneOn != null ? lastDoneOn : startsOn).plusMonths(months(sensitivity));
    }
}
