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

/** 本人への通知 (法第68条第2項): when, how and to how many people. */
@Entity
@Table(name = "incident_individual_notice")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class IndividualNotice extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "notified_at")
    public OffsetDateTime notifiedAt;

    public String method;
    public int people;
    public String note;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static List<IndividualNotice> of(UUID incidentId) {
        return list("incidentId = ?1 order by notifiedAt", incidentId);
    }
}
