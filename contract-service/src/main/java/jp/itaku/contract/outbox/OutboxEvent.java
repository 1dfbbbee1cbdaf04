package jp.itaku.contract.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event for inspection-service, written with the change it announces. Not tenant-scoped (no {@code @TenantId}):
 * only the delivery job reads it, across tenants; the tenant travels in the payload. Never exposed over HTTP.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String type;

    @Column(name = "aggregate_id")
    public UUID aggregateId;

    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
