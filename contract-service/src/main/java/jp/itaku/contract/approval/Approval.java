package jp.itaku.contract.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.contract.draft.ContractDraft;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A protection manager's approval of one draft version of an engagement. Never edited (the database refuses it too). */
@Entity
@Immutable
@Table(name = "approval")
@Filter(name = OrgScope.FILTER, condition = ContractDraft.ORG_CONDITION)
public class Approval extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "draft_id")
    public UUID draftId;

    @Column(name = "draft_version")
    public int draftVersion;

    public String comment;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_by_name")
    public String approvedByName;

    public static Optional<Approval> of(UUID engagementId) {
        return find("engagementId", engagementId).firstResultOptional();
    }
}
