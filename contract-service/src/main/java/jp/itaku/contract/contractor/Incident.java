package jp.itaku.contract.contractor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A past personal-information incident of a contractor and what it did about it (selection evidence, O1). */
@Entity
@Table(name = "contractor_incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "contractor_id")
    public UUID contractorId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String summary;

    public String measures;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
