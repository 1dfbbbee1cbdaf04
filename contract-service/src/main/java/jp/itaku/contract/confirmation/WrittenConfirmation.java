package jp.itaku.contract.confirmation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.contract.draft.ContractDraft;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The written confirmations of O3 (第8-4 後段): the contractor's responsible person, its workers, its management and
 * implementation structure and the inspection arrangements, with the signed document attached.
 */
@Entity
@Table(name = "written_confirmation")
@Filter(name = OrgScope.FILTER, condition = ContractDraft.ORG_CONDITION)
public class WrittenConfirmation extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "responsible_name")
    public String responsibleName;

    @Column(name = "responsible_title")
    public String responsibleTitle;

    @Column(name = "responsible_contact")
    public String responsibleContact;

    /** JSON list of {@link Worker}. */
    public String workers;

    @Column(name = "management_structure")
    public String managementStructure;

    @Column(name = "implementation_structure")
    public String implementationStructure;

    @Column(name = "inspection_arrangements")
    public String inspectionArrangements;

    @Column(name = "attachment_file_id")
    public String attachmentFileId;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "attachment_sha256")
    public String attachmentSha256;

    @Column(name = "attachment_uploaded_at")
    public OffsetDateTime attachmentUploadedAt;

    @Column(name = "attachment_uploaded_by")
    public String attachmentUploadedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<WrittenConfirmation> of(UUID engagementId) {
        return find("engagementId", engagementId).firstResultOptional();
    }

    public boolean attached() {
        return attachmentFileId != null;
    }
}
