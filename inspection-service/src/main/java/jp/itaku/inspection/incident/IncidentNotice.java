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

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification to a role of the agency about an incident, shown in the portal. */
@Entity
@Table(name = "incident_notice")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class IncidentNotice extends PanacheEntityBase {

    public enum Kind { NEW, REPORTABLE, OVER_HUNDRED, STEP, ESCALATED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "recipient_role")
    public String recipientRole;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String message;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
