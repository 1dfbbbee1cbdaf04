package jp.itaku.contract.draft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.tenancy.OrgScope;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One uploaded version of an engagement's contract draft, with the verifier's result at upload. */
@Entity
@Table(name = "contract_draft")
@Filter(name = OrgScope.FILTER, condition = ContractDraft.ORG_CONDITION)
public class ContractDraft extends PanacheEntityBase {

    /** Drafts belong to the organisation of their engagement. */
    public static final String ORG_CONDITION = "(:callerOrg = '*' or engagement_id in "
            + "(select e.id from contract.engagement e where e.org_code = :callerOrg))";

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    public int version;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    /** GridFS id of the original file. */
    @Column(name = "file_id")
    public String fileId;

    @Column(name = "report_kind")
    public String reportKind;

    /** The verifier's report as JSON. */
    public String report;

    @Column(name = "satisfied_count")
    public int satisfiedCount;

    @Column(name = "missing_count")
    public int missingCount;

    @Column(name = "contradicted_count")
    public int contradictedCount;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    public static ContractDraft find(UUID engagementId, int version) {
        return ContractDraft.<ContractDraft>find("engagementId = ?1 and version = ?2", engagementId, version)
                .firstResultOptional().orElseThrow(() -> ItakuException.notFound("契約書案の第" + version + "版"));
    }

    public static java.util.Optional<ContractDraft> latest(UUID engagementId) {
        return ContractDraft.<ContractDraft>find("engagementId = ?1 order by version desc", engagementId).firstResultOptional();
    }
}
