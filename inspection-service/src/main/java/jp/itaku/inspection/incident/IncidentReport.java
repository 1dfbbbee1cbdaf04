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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of the report to the PPC: the 速報, the 確報, and every 追完 in between, with its content frozen. */
@Entity
@Table(name = "incident_report")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class IncidentReport extends PanacheEntityBase {

    public enum Kind {
        QUICK("速報"), FINAL("確報");

        public final String label;

        Kind(String label) {
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

    public int version;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** {@link PpcReportContent} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static List<IncidentReport> of(UUID incidentId) {
        return list("incidentId = ?1 order by version", incidentId);
    }

    public static Optional<IncidentReport> of(UUID incidentId, int version) {
        return find("incidentId = ?1 and version = ?2", incidentId, version).firstResultOptional();
    }
}
