package jp.itaku.inspection.selfreport;

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
import java.util.Optional;
import java.util.UUID;

/** 自己点検報告: a contractor's annual self-check of one node; submitted once, then read-only. */
@Entity
@Table(name = "self_report")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class SelfReport extends PanacheEntityBase {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, RETURNED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "questionnaire_id")
    public UUID questionnaireId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_comment")
    public String reviewComment;

    /** whether its acceptance counted as the node's inspection (tenant policy per sensitivity) */
    @Column(name = "satisfies_plan")
    public Boolean satisfiesPlan;

    public static Optional<SelfReport> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
