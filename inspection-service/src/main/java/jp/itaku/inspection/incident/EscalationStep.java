package jp.itaku.inspection.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.security.Roles;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.inspection.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A step of the agency's internal reporting line (guideline 第9): the person who learns of it reports to the
 * 保護管理者 (受付), the 保護管理者 to the 総括保護管理者 (総括へ報告), the 総括 to the head of the organ (長へ報告). Each is
 * acknowledged by its recipient (who/when); one left unacknowledged past its time is escalated once.
 */
@Entity
@Table(name = "incident_step")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class EscalationStep extends PanacheEntityBase {

    public enum Step {
        RECEIPT("受付", Roles.PROTECTION_MANAGER, "保護管理者"),
        TO_CHIEF("総括へ報告", Roles.CHIEF_PROTECTION_MANAGER, "総括保護管理者"),
        /** The head of the organ has no login; the 総括 records the head's acknowledgement. */
        TO_HEAD("長へ報告", Roles.CHIEF_PROTECTION_MANAGER, "機関の長（総括保護管理者が記録）");

        public final String label;
        public final String recipientRole;
        public final String recipientLabel;

        Step(String label, String recipientRole, String recipientLabel) {
            this.label = label;
            this.recipientRole = recipientRole;
            this.recipientLabel = recipientLabel;
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

    @Enumerated(EnumType.STRING)
    public Step step;

    @Column(name = "recipient_role")
    public String recipientRole;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "acknowledge_by")
    public OffsetDateTime acknowledgeBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public String note;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    public static List<EscalationStep> of(UUID incidentId) {
        return list("incidentId = ?1 order by requestedAt, step", incidentId);
    }

    public static Optional<EscalationStep> of(UUID incidentId, Step step) {
        return find("incidentId = ?1 and step = ?2", incidentId, step).firstResultOptional();
    }
}
