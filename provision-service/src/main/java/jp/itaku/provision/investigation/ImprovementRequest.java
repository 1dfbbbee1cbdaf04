package jp.itaku.provision.investigation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.text.JapaneseDates;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 改善要求 (P2): what the recipient must improve by when; closed only with the result of the improvement. */
@Entity
@Table(name = "improvement_request")
public class ImprovementRequest extends PanacheEntityBase {

    public enum State {
        OPEN("対応中"),
        CLOSED("完了");

        public final String label;

        State(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "provision_id")
    public UUID provisionId;

    @Column(name = "investigation_id")
    public UUID investigationId;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    public String content;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public State state;

    public String result;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public boolean overdue(LocalDate today) {
        return state == State.OPEN && deadline.isBefore(today);
    }
}
