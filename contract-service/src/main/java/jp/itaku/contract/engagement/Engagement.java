package jp.itaku.contract.engagement;

import jp.itaku.api.Sensitivity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.OrgScope;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 委託案件: one piece of work an agency gives a contractor, with the personal information it involves. */
@Entity
@Table(name = "engagement")
@Filter(name = OrgScope.FILTER, condition = OrgScope.CONDITION)
public class Engagement extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String title;

    public String division;

    @Enumerated(EnumType.STRING)
    public EngagementKind kind;

    @Column(name = "contractor_id")
    public UUID contractorId;

    /** Copied from the contractor so that its users see the engagement (OrgScope). */
    @Column(name = "org_code")
    public String orgCode;

    @Enumerated(EnumType.STRING)
    public Sensitivity sensitivity;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** JSON list of the categories of personal information (氏名, 住所, …). */
    @Column(name = "info_categories")
    public String infoCategories;

    /** Approximate number of personal records handed over. */
    @Column(name = "record_count")
    public int recordCount;

    @Enumerated(EnumType.STRING)
    public EngagementState state;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Engagement findVisible(UUID id) {
        return Engagement.<Engagement>find("id", id).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("委託案件"));
    }
}
