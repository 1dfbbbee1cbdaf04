package jp.itaku.inspection.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.inspection.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of an incident's timeline: what happened, when and by whom. */
@Entity
@Table(name = "incident_event")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class IncidentEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "node_id")
    public UUID nodeId;

    public OffsetDateTime at;
    public String actor;
    public String kind;
    public String text;

    public static List<IncidentEvent> of(UUID incidentId) {
        return list("incidentId = ?1 order by at, id", incidentId);
    }
}
