package jp.itaku.inspection.chain;

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
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One organisation in an engagement's subcontract chain: the contractor at depth 1, 再委託先 at 2, 再々委託先 at 3 …
 * A node below depth 1 starts as a re-subcontract request (PENDING) and is active only after a protection
 * manager's prior approval. Its path lists the ids from the root down to itself.
 */
@Entity
@Table(name = "chain_node")
@FilterDef(name = OrgScope.FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = OrgScope.PARAM, type = String.class, resolver = OrgScope.class))
@Filter(name = OrgScope.FILTER, condition = Visibility.NODE)
public class ChainNode extends PanacheEntityBase {

    public enum Status { PENDING, ACTIVE, REFUSED, REMOVED }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "parent_id")
    public UUID parentId;

    public int depth;
    public String path;
    public String name;

    @Column(name = "corporate_number")
    public String corporateNumber;

    @Column(name = "org_code")
    public String orgCode;

    public boolean subsidiary;

    @Column(name = "work_part")
    public String workPart;

    @Column(name = "personal_info")
    public String personalInfo;

    public String location;

    /** The location is a cloud service (needs review with the country: foreign law, access). */
    public boolean cloud;

    /** ISO 3166-1 alpha-2 of where the information is handled and stored. */
    public String country = DOMESTIC;

    @Column(name = "subcontract_file")
    public String subcontractFile;

    @Column(name = "subcontract_text")
    public String subcontractText;

    /** contract-service's verification report of the subcontract text, as it answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String verification;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removal_reason")
    public String removalReason;

    public static final String DOMESTIC = "JP";

    /** Cloud services and places outside Japan need the protection manager's review, as in contract-service. */
    public boolean needsReview() {
        return cloud || (country != null && !DOMESTIC.equals(country));
    }

    public static Optional<ChainNode> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    /** The node and everything beneath it. */
    public static List<ChainNode> subtree(ChainNode node) {
        return list("path like ?1 order by path", node.path + "%");
    }

    public static ChainNode root(UUID id, UUID engagementId) {
        ChainNode node = new ChainNode();
        node.id = id;
        node.engagementId = engagementId;
        node.depth = 1;
        node.path = id + "/";
        return node;
    }

    public static ChainNode childOf(ChainNode parent) {
        ChainNode node = new ChainNode();
        node.id = UUID.randomUUID();
        node.engagementId = parent.engagementId;
        node.parentId = parent.id;
        node.depth = parent.depth + 1;
        node.path = parent.path + node.id + "/";
        return node;
    }
}
