package jp.itaku.inspection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.api.Sensitivity;
import jp.itaku.inspection.plan.model.InspectionPolicy;
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

    /** The defaults of InspectionPolicy, for a tenant that has not set its own. */
    public static TenantPolicy defaults() {
        TenantPolicy policy = new TenantPolicy();
        policy.set(InspectionPolicy.defaults());
        return policy;
    }

    public static TenantPolicy current() {
        return TenantPolicy.<TenantPolicy>findAll().firstResultOptional().orElseGet(TenantPolicy::defaults);
    }

    /** The policy as plain values, for the rules (jp.itaku.inspection.plan.model). */
    public InspectionPolicy policy() {
        return new InspectionPolicy(highMonths, mediumMonths, lowMonths, selfReportHigh, selfReportMedium, selfReportLow);
    }

    public void set(InspectionPolicy policy) {
        highMonths = policy.highMonths();
        mediumMonths = policy.mediumMonths();
        lowMonths = policy.lowMonths();
        selfReportHigh = policy.selfReportHigh();
        selfReportMedium = policy.selfReportMedium();
        selfReportLow = policy.selfReportLow();
    }
}
