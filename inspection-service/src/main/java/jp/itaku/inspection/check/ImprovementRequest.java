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
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** 改善要求: raised from a finding, answered by the contractor with evidence, closed by the inspector. */
@Entity
@Table(name = "improvement_request")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class ImprovementRequest extends PanacheEntityBase {

    public enum Status { OPEN, RESPONDED, CLOSED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "check_id")
    public UUID checkId;

    /** The incident whose recurrence measure raised this request (instead of a check's finding). */
    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "item_code")
    public String itemCode;

    public String description;
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String response;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "responded_by")
    public String respondedBy;

    @Column(name = "closing_comment")
    public String closingComment;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Optional<ImprovementRequest> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public boolean overdue(LocalDate today) {
        return status != Status.CLOSED && deadline.isBefore(today);
    }
}
