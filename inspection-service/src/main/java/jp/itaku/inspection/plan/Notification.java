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
import java.util.UUID;

/** A reminder of an inspection due date, recorded once per entry, kind and due date; mailed by {@code jp.itaku.inspection.notice.NoticeDelivery}. */
@Entity
@Table(name = "notification")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class Notification extends PanacheEntityBase {

    public enum Kind {
        DUE_30(30), DUE_7(7), DUE_1(1), OVERDUE(-1);

        public final int daysBefore;

        Kind(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        /** The reminder due for an entry so many days before its due date, if any. */
        static java.util.Optional<Kind> at(long daysLeft) {
            if (daysLeft < 0) {
                return java.util.Optional.of(OVERDUE);
            }
            for (Kind kind : new Kind[]{DUE_1, DUE_7, DUE_30}) {
                if (daysLeft <= kind.daysBefore) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_entry_id")
    public UUID planEntryId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** the assigned inspector; null means every inspector of the agency */
    public String recipient;

    public String message;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
