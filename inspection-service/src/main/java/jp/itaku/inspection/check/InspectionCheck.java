package jp.itaku.inspection.check;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.inspection.Visibility;
import jp.itaku.inspection.plan.PlanEntry;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** 検査記録: one inspection of one node. */
@Entity
@Table(name = "inspection_check")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class InspectionCheck extends PanacheEntityBase {

    public enum Status { DRAFT, COMPLETED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "plan_entry_id")
    public UUID planEntryId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "performed_on")
    public LocalDate performedOn;

    public String place;

    /** who attended, one per line */
    public String attendees;

    @Enumerated(EnumType.STRING)
    public PlanEntry.Method method;

    @Column(name = "method_reason")
    public String methodReason;

    public String inspector;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String summary;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    public static Optional<InspectionCheck> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public List<CheckItem> items() {
        return CheckItem.list("checkId = ?1 order by position", id);
    }
}
