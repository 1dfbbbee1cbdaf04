package jp.itaku.contract.contractor;

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

/** One answered item of the selection checklist the procurement officer fills in for a contractor. */
@Entity
@Table(name = "contractor_checklist_entry")
public class ChecklistEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "contractor_id")
    public UUID contractorId;

    @Enumerated(EnumType.STRING)
    public ChecklistItem item;

    public boolean fulfilled;

    public String note;

    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;

    @Column(name = "checked_by")
    public String checkedBy;
}
