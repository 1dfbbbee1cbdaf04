package jp.itaku.contract.erasure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.contract.draft.ContractDraft;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 消去証明書: the contractor's certificate that the information was erased and the media returned (C5a/C5b). */
@Entity
@Table(name = "erasure_certificate")
@Filter(name = OrgScope.FILTER, condition = ContractDraft.ORG_CONDITION)
public class ErasureCertificate extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "file_id")
    public String fileId;

    @Column(name = "erased_on")
    public LocalDate erasedOn;

    public String method;

    @Column(name = "media_returned")
    public boolean mediaReturned;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;
}
