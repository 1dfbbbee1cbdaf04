package jp.itaku.inspection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.inspection.engagement.Sensitivity;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant's inspection intervals per sensitivity and where an accepted self-report counts as an inspection. */
@Entity
@Table(name = "tenant_policy")
public class TenantPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "high_months")
    public int highMonths;

    @Column(name = "medium_months")
    public int mediumMonths;

    @Column(name = "low_months")
    public int lowMonths;

    @Column(name = "self_report_high")
    public boolean selfReportHigh;

    @Column(name = "self_report_medium")
    public boolean selfReportMedium;

    @Column(name = "self_report_low")
    public boolean selfReportLow;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** 高: every 6 months, 中・低: every 12 months; a self-report stands in only where sensitivity is 低. */
    public static TenantPolicy defaults() {
        TenantPolicy policy = new TenantPolicy();
        policy.highMonths = 6;
        policy.mediumMonths = 12;
        policy.lowMonths = 12;
        policy.selfReportLow = true;
        return policy;
    }

    public static TenantPolicy current() {
        return TenantPolicy.<TenantPolicy>findAll().firstResultOptional().orElseGet(TenantPolicy::defaults);
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
}
