package jp.itaku.inspection.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.itaku.inspection.plan.model.InspectionPolicy;

import java.time.OffsetDateTime;

/** The agency's inspection policy as read and replaced over HTTP (PUT /api/inspections/policy). */
public record PolicyView(
        @NotNull(message = "秘匿性「高」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer highMonths,
        @NotNull(message = "秘匿性「中」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer mediumMonths,
        @NotNull(message = "秘匿性「低」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer lowMonths,
        boolean selfReportHigh, boolean selfReportMedium, boolean selfReportLow,
        OffsetDateTime updatedAt, String updatedBy) {
    public static PolicyView of(TenantPolicy p) {
        return new PolicyView(p.highMonths, p.mediumMonths, p.lowMonths, p.selfReportHigh, p.selfReportMedium,
                p.selfReportLow, p.updatedAt, p.updatedBy);
    }

    /** The requested intervals and self-report settings, as the rules read them. */
    public InspectionPolicy policy() {
        return new InspectionPolicy(highMonths, mediumMonths, lowMonths, selfReportHigh, selfReportMedium,
                selfReportLow);
    }
}
