package jp.itaku.inspection.check;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** One line of a check's checklist; reached only through its (organisation-scoped) check. */
@Entity
@Table(name = "check_item")
@IdClass(CheckItem.Key.class)
public class CheckItem extends PanacheEntityBase {

    public enum Result { COMPLIANT, FINDING, NOT_APPLICABLE }

    public record Key(UUID checkId, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "check_id")
    public UUID checkId;

    @Id
    public String code;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public int position;

    @Enumerated(EnumType.STRING)
    public Result result;

    public String note;

    /** the improvement deadline of a finding */
    public LocalDate deadline;
}
