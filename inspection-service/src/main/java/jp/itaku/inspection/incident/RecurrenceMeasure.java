package jp.itaku.inspection.incident;

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
import java.util.List;
import java.util.UUID;

/** 再発防止のための措置: done or planned; may have opened an improvement request and an ad-hoc inspection. */
@Entity
@Table(name = "incident_measure")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class RecurrenceMeasure extends PanacheEntityBase {

    public enum Status {
        DONE("実施済み"), PLANNED("実施予定");

        public final String label;

        Status(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "node_id")
    public UUID nodeId;

    public String description;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "improvement_request_id")
    public UUID improvementRequestId;

    @Column(name = "plan_entry_id")
    public UUID planEntryId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static List<RecurrenceMeasure> of(UUID incidentId) {
        return list("incidentId = ?1 order by createdAt, id", incidentId);
    }
}
