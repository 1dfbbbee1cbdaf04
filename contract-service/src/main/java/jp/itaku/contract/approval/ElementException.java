package jp.itaku.contract.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/** The reasoned exception under which an approval accepted an element that is not satisfied. */
@Entity
@Immutable
@Table(name = "approval_exception")
public class ElementException extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "approval_id")
    public UUID approvalId;

    @Column(name = "element_id")
    public String elementId;

    /** The element's status in the approved version. */
    public String status;

    public String reason;
}
