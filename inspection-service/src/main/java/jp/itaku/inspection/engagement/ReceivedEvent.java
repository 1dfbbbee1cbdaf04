package jp.itaku.inspection.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event of contract-service's outbox, kept so that a second delivery changes nothing. */
@Entity
@Table(name = "received_event")
public class ReceivedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String type;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
