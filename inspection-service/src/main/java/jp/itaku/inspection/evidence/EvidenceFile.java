package jp.itaku.inspection.evidence;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A photo or document kept as evidence in GridFS, owned by a check, an improvement request or a self-report. */
@Entity
@Table(name = "evidence_file")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class EvidenceFile extends PanacheEntityBase {

    public enum OwnerKind { CHECK, IMPROVEMENT, SELF_REPORT, INCIDENT }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OwnerKind ownerKind;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "gridfs_id")
    public String gridfsId;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** uploaded by the contractor (rather than agency staff) */
    public boolean contractor;

    public static Optional<EvidenceFile> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public static List<EvidenceFile> of(OwnerKind kind, UUID ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2 order by uploadedAt", kind, ownerId);
    }
}
