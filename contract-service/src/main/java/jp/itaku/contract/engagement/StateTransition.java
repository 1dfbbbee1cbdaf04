package jp.itaku.contract.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of an engagement's state: who, when, from what to what. */
@Entity
@Table(name = "engagement_transition")
public class StateTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public EngagementState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public EngagementState toState;

    public String note;

    public OffsetDateTime at;

    @Column(name = "by_user")
    public String byUser;
}
