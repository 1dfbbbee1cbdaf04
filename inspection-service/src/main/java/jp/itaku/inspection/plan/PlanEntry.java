package jp.itaku.inspection.plan;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The rolling inspection plan of one active node: when it is next due, by whom and how. */
@Entity
@Table(name = "plan_entry")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class PlanEntry extends PanacheEntityBase {

    public enum Status { OPEN, ENDED }

    /** Who inspects: the agency itself, or the contractor above the node on the agency's behalf (第8-6). */
    public enum InspectedBy { AGENCY, PARENT }

    /** On-site in principle; remote (video, photos) or a document review only with a recorded reason. */
    public enum Method { ONSITE, REMOTE, DOCUMENT }

    public enum DoneKind { CHECK, SELF_REPORT }

    /** The node's one rolling periodic entry (第8-5), or an ad-hoc (随時) inspection, e.g. after an incident. */
    public enum Kind { PERIODIC, AD_HOC }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "interval_months")
    public int intervalMonths;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "last_done_on")
    public LocalDate lastDoneOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_done_kind")
    public DoneKind lastDoneKind;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspected_by")
    public InspectedBy inspectedBy;

    @Enumerated(EnumType.STRING)
    public Method method;

    @Column(name = "method_reason")
    public String methodReason;

    public String assignee;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.PERIODIC;

    /** The incident whose recurrence measures asked for this ad-hoc inspection. */
    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "ended_reason")
    public String endedReason;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<PlanEntry> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public static Optional<PlanEntry> forNode(UUID nodeId) {
        return find("nodeId = ?1 and kind = ?2", nodeId, Kind.PERIODIC).firstResultOptional();
    }

    /** Records an inspection (or a self-report standing in for one) and moves the due date on from it. */
    public void recordDone(LocalDate on, DoneKind kind, String by, OffsetDateTime at) {
        if (lastDoneOn == null || !on.isBefore(lastDoneOn)) {
            lastDoneOn = on;
            lastDoneKind = kind;
            dueOn = on.plusMonths(intervalMonths);
        }
        updatedAt = at;
        updatedBy = by;
        if (this.kind == Kind.AD_HOC) {
            end("随時検査を実施しました。", at);
        }
    }

    public void end(String reason, OffsetDateTime at) {
        if (status == Status.OPEN) {
            status = Status.ENDED;
            endedAt = at;
            endedReason = reason;
        }
    }
}
