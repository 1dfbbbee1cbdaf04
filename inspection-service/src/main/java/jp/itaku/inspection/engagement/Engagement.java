package jp.itaku.inspection.engagement;

import jp.itaku.api.Sensitivity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.inspection.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** 委託案件 as contract-service approved it; the root of one subcontract chain. */
@Entity
@Table(name = "engagement")
@Filter(name = OrgScope.FILTER, condition = Visibility.ENGAGEMENT)
public class Engagement extends PanacheEntityBase {

    public enum Status { ACTIVE, ENDED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String title;
    public String division;

    @Column(name = "contractor_id")
    public UUID contractorId;

    @Column(name = "contractor_name")
    public String contractorName;

    @Column(name = "org_code")
    public String orgCode;

    @Enumerated(EnumType.STRING)
    public Sensitivity sensitivity;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    public static Optional<Engagement> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
